package io.wascorecards.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.wascorecards.ScorecardsApplication;
import io.wascorecards.kpi.DailyKpiColumns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's commands end to end, each in an application of its own on an embedded
 * PostgreSQL kept in a temporary folder between commands, as a user would run them.
 */
class CommandLineApplicationTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalErr;

	@BeforeEach
	void captureErr() {
		this.originalErr = System.err;
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restoreErr() {
		System.setErr(this.originalErr);
	}

	@Test
	void badCommandLineExitsWithTwoAndOneLineBeforeAnythingStarts() {
		assertThat(CommandLineApplication.run(ScorecardsApplication.class, "run", "--date", "yesterday")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEqualTo(
				"wa-scorecards: --date must be a date like 2026-03-29, not 'yesterday'" + System.lineSeparator());
	}

	@Test
	void aSettingTheJobCannotRunWithExitsWithTwoAndItsReason() {
		assertThat(run("run", "--date", "2026-03-10", "--no-email", "--scorecards.embedded.enabled=true",
				"--scorecards.embedded.data-dir=" + this.dir.resolve("db"), "--scorecards.partitions=0"))
			.isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.isEqualTo("wa-scorecards: scorecards.partitions, scorecards.threads and scorecards.render-threads must be"
					+ " at least 1 (they are 0, 2 and 3)" + System.lineSeparator());
	}

	@Test
	@Timeout(value = 5, unit = TimeUnit.MINUTES)
	void anApiUserWithAPlainTextPasswordStopsServeWithTwoAndItsReason() {
		assertThat(run("serve", "--scorecards.embedded.enabled=true",
				"--scorecards.embedded.data-dir=" + this.dir.resolve("db"), "--server.port=0",
				"--scorecards.api.users.x.password=plain", "--scorecards.api.users.x.roles=ADMIN"))
			.isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.isEqualTo("wa-scorecards: scorecards.api.users.x.password must be a hashed password such as"
					+ " {bcrypt}$2a$10$…, never plain text" + System.lineSeparator());
	}

	@Test
	void generateRunAndExportThenRefuseToExportADateNeverRun() throws Exception {
		String database = "--scorecards.embedded.data-dir=" + this.dir.resolve("db");
		String embedded = "--scorecards.embedded.enabled=true";
		assertThat(run("generate", "--from", "2026-03-09", "--to", "2026-03-10", "--connections", "4",
				"--messages-per-day", "400", "--seed", "3", database, embedded))
			.isZero();
		assertThat(
				run("run", "--date", "2026-03-10", "--as-of", "2026-03-12T00:00:00Z", "--no-email", database, embedded))
			.isZero();
		Path csv = this.dir.resolve("kpis.csv");
		assertThat(run("export-kpis", "--date", "2026-03-10", "--out", csv.toString(), database, embedded)).isZero();
		List<String> lines = Files.readAllLines(csv);
		assertThat(lines.get(0)).isEqualTo("phone_number_id,business_date," + String.join(",", DailyKpiColumns.NAMES));
		assertThat(lines).hasSizeGreaterThan(1);
		assertThat(lines.subList(1, lines.size()))
			.allSatisfy((line) -> assertThat(line.split(",", -1)).hasSize(DailyKpiColumns.NAMES.size() + 2)
				.satisfies((fields) -> assertThat(fields[1]).isEqualTo("2026-03-10")));

		Path scorecards = this.dir.resolve("scorecards.csv");
		assertThat(run("export-scorecards", "--date", "2026-03-10", "--out", scorecards.toString(), database, embedded))
			.isZero();
		assertThat(Files.readAllLines(scorecards)).hasSameSizeAs(lines)
			.first()
			.asString()
			.startsWith("phone_number_id,business_date,provisional,score,status,response_rate_value");

		assertThat(run("export-kpis", "--date", "2026-03-11", database, embedded)).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("wa-scorecards: no completed run for 2026-03-11");
	}

	private int run(String... args) {
		return CommandLineApplication.run(ScorecardsApplication.class, args);
	}

}
