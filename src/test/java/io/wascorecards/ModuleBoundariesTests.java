package io.wascorecards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entry points (the commands, the HTTP API, the scheduler) use the features, never
 * the other way round: nothing outside them imports them.
 */
class ModuleBoundariesTests {

	private static final Path SOURCES = Path.of("src/main/java/io/wascorecards");

	private static final List<String> ENTRY_POINTS = List.of("cli", "admin", "schedule");

	@Test
	void nothingDependsOnTheEntryPoints() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			List<Path> sources = files.filter((file) -> file.toString().endsWith(".java")).toList();
			assertThat(sources).hasSizeGreaterThan(50);
			for (Path file : sources) {
				String module = SOURCES.relativize(file).getName(0).toString();
				String code = Files.readString(file);
				for (String entryPoint : ENTRY_POINTS) {
					if (!entryPoint.equals(module)
							&& !file.getFileName().toString().equals("ScorecardsApplication.java")) {
						assertThat(code).as(file + " uses " + entryPoint)
							.doesNotContain("import io.wascorecards." + entryPoint + ".");
					}
				}
			}
		}
	}

}
