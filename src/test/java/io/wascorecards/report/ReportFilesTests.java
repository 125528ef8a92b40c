package io.wascorecards.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportFilesTests {

	private static final LocalDate DATE = LocalDate.parse("2026-03-29");

	@TempDir
	Path output;

	@Test
	void scorecardsAndPortfoliosGoInTheDatesFolder() {
		ReportFiles files = new ReportFiles(this.output);
		assertThat(files.scorecard(DATE, "100000000000103"))
			.isEqualTo(this.output.resolve("2026-03-29/100000000000103.pdf"));
		assertThat(files.portfolio(DATE, 7)).isEqualTo(this.output.resolve("2026-03-29/portfolio-7.pdf"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "../../etc/passwd", "a/b", "a\\b", "..", "id with space", "id\n", "número" })
	void anIdThatCannotNameAFileSafelyIsRefused(String phoneNumberId) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReportFiles(this.output).scorecard(DATE, phoneNumberId))
			.withMessageContaining("cannot name a file");
	}

	@Test
	void writeReplacesTheFileWholeAndReturnsItsSha256() throws Exception {
		Path file = new ReportFiles(this.output).scorecard(DATE, "1");
		ReportFiles.write(file, "old".getBytes(StandardCharsets.UTF_8));
		String sha = ReportFiles.write(file, "abc".getBytes(StandardCharsets.UTF_8));
		assertThat(sha).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(Files.readString(file)).isEqualTo("abc");
		try (var leftovers = Files.list(file.getParent())) {
			assertThat(leftovers).containsExactly(file);
		}
	}

}
