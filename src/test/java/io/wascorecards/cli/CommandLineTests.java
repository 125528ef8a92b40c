package io.wascorecards.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CommandLineTests {

	@Test
	void parsesOptionsInBothFormsAndPassesSpringPropertiesOn() {
		CommandLine commandLine = CommandLine.parse("rerun", "--from", "2026-03-01", "--to=2026-03-03", "--connection",
				"100000000000101", "--connection=100000000000102", "--no-email", "--as-of", "2026-04-15T00:00:00Z",
				"--scorecards.output-dir=/tmp/x");
		assertThat(commandLine.command()).isEqualTo(Command.RERUN);
		assertThat(commandLine.date("from")).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(commandLine.date("to")).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(commandLine.texts("connection")).containsExactly("100000000000101", "100000000000102");
		assertThat(commandLine.flag("no-email")).isTrue();
		assertThat(commandLine.flag("resend")).isFalse();
		assertThat(commandLine.instant("as-of")).isEqualTo(Instant.parse("2026-04-15T00:00:00Z"));
		assertThat(commandLine.springArgs()).containsExactly("--scorecards.output-dir=/tmp/x");
	}

	@Test
	void readsPathsAndNumbers() {
		CommandLine commandLine = CommandLine.parse("generate", "--from", "2026-03-01", "--to", "2026-03-07",
				"--connections", "1000", "--messages-per-day", "1000000", "--seed", "7");
		assertThat(commandLine.number("connections")).isEqualTo(1000);
		assertThat(commandLine.number("seed")).isEqualTo(7);
		assertThat(CommandLine.parse("export-kpis", "--date", "2026-03-01", "--out", "k.csv").path("out"))
			.isEqualTo(Path.of("k.csv"));
	}

	@Test
	void rejectsWhatCannotBeRunWithAOneLineReason() {
		assertUsage(
				"unknown command 'frobnicate'; usage: wa-scorecards <demo|migrate|run|rerun|export-kpis|export-scorecards|generate|serve|worker|bench> [options]",
				"frobnicate");
		assertUsage("--date must be a date like 2026-03-29, not '29/03/2026'", "run", "--date", "29/03/2026");
		assertUsage("--as-of must be an instant like 2026-04-15T00:00:00Z, not '2026-04-15'", "run", "--as-of",
				"2026-04-15");
		assertUsage("rerun needs --to", "rerun", "--from", "2026-03-01");
		assertUsage("--from must not be after --to", "rerun", "--from", "2026-03-02", "--to", "2026-03-01");
		assertUsage("unknown option --dates for run", "run", "--dates", "2026-03-01");
		assertUsage("--connections must be a whole number above 0, not '0'", "generate", "--from", "2026-03-01", "--to",
				"2026-03-01", "--connections", "0", "--messages-per-day", "10");
		assertUsage("--connection must be a phone number id (digits only), not '../etc'", "rerun", "--from",
				"2026-03-01", "--to", "2026-03-01", "--connection", "../etc");
		assertUsage("--date needs a value", "export-kpis", "--date");
		assertUsage("--date is given twice", "run", "--date", "2026-03-01", "--date", "2026-03-02");
		assertUsage("--no-email takes no value", "run", "--no-email=yes");
	}

	private void assertUsage(String message, String... args) {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> CommandLine.parse(args)).withMessage(message);
	}

}
