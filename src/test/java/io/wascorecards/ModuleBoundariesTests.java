package io.wascorecards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each package under {@code io.wascorecards} is a module, and so is the root package (the
 * settings every module reads): no module depends on another that depends on it, directly
 * or through others, and a module uses only the public types of another's top package.
 * The entry points (the commands, the HTTP API, the scheduler) use the features, never
 * the other way round.
 */
class ModuleBoundariesTests {

	private static final Path SOURCES = Path.of("src/main/java/io/wascorecards");

	private static final List<String> ENTRY_POINTS = List.of("cli", "admin", "schedule");

	@Test
	void noModuleDependsOnAnotherThatDependsOnIt() {
		// the application class starts the commands: it is where the modules meet, in
		// none
		ApplicationModules modules = ApplicationModules.of(ScorecardsApplication.class,
				JavaClass.Predicates.equivalentTo(ScorecardsApplication.class));
		assertThat(modules.stream().map((module) -> module.getBasePackage().getName()))
			.contains("io.wascorecards.batch", "io.wascorecards.job", "io.wascorecards.kpi");
		modules.verify();
	}

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
