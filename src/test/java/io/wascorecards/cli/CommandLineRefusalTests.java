package io.wascorecards.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.wascorecards.DatabaseTest;
import io.wascorecards.ScorecardsApplication;
import io.wascorecards.TestDatabase;
import io.wascorecards.kpi.KpiScenario;
import io.wascorecards.report.BrandDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the terminal and the exit code say when a command cannot be carried out (SPEC §7):
 * a refusal (usage, validation, configuration) exits 2, a failed job 1, each with one
 * line on stderr and no stack trace on the terminal. The commands run in-process against
 * the tests' PostgreSQL, or against databases that cannot be used.
 */
@DatabaseTest
class CommandLineRefusalTests {

	private static final String PREFIX = "wa-scorecards: ";

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private KpiScenario scenario;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private PrintStream originalErr;

	@BeforeEach
	void capture() {
		TestDatabase.reset(this.jdbc);
		this.originalOut = System.out;
		this.originalErr = System.err;
		System.setOut(new PrintStream(this.out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(this.originalOut);
		System.setErr(this.originalErr);
	}

	@ParameterizedTest
	@ValueSource(strings = { "run", "rerun --from 2026-03-01 --to 2026-03-02", "serve", "worker", "migrate",
			"export-kpis --date 2026-03-10", "export-scorecards --date 2026-03-10",
			"generate --from 2026-03-01 --to 2026-03-02 --connections 2 --messages-per-day 10" })
	void withoutADatasourceEveryCommandButDemoAndBenchRefusesAndSaysHowToConfigureOne(String command) {
		assertThat(run(command.split(" "))).isEqualTo(2);
		assertThat(stderrLine()).isEqualTo(PREFIX + DatabaseChoice.NOT_CONFIGURED);
		assertThat(stdout()).isEmpty();
	}

	@Test
	void aDatasourceAndTheEmbeddedOptInTogetherAreRefused() {
		assertThat(run("migrate", "--spring.datasource.url=" + url(), "--scorecards.embedded.enabled=true"))
			.isEqualTo(2);
		assertThat(stderrLine()).startsWith(PREFIX + "both spring.datasource.url and");
	}

	@Test
	void theDemoNeverWritesIntoAConfiguredDatabase(@TempDir Path dir) {
		assertThat(run("demo", "--date", "2026-03-10", "--out", dir.toString(), "--spring.datasource.url=" + url()))
			.isZero();
		assertThat(stdout()).startsWith(Commands.THROWAWAY_DATABASE.formatted("demo") + System.lineSeparator());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM wa_connection", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM wa_message", Long.class)).isZero();
		assertThat(dir.resolve("2026-03-10/outbox")).isNotEmptyDirectory();
	}

	@Test
	void aClosedPortIsOneLineAndExitTwo() {
		assertThat(run("run", "--date", "2026-03-10", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/bsp"))
			.isEqualTo(2);
		assertThat(stderrLine()).startsWith(PREFIX + "cannot use the database: Connection to 127.0.0.1:1 refused");
		assertThat(stdout()).isEmpty();
	}

	@Test
	void aMissingDatabaseOrAnUnknownUserIsOneLineAndExitTwo() {
		assertThat(run("migrate", "--spring.datasource.url=" + url().replace("/postgres?", "/nowhere?"))).isEqualTo(2);
		assertThat(stderrLine())
			.isEqualTo(PREFIX + "cannot use the database: FATAL: database \"nowhere\" does not exist");
		this.err.reset();
		assertThat(run("migrate", "--spring.datasource.url=" + url().replace("user=postgres", "user=intruder")))
			.isEqualTo(2);
		assertThat(stderrLine()).isEqualTo(PREFIX + "cannot use the database: FATAL: role \"intruder\" does not exist");
		assertThat(stdout()).isEmpty();
	}

	@Test
	void aDatabaseWithTablesButNoSchemaHistoryIsNeverMigrated() {
		this.jdbc.execute("DROP DATABASE IF EXISTS someone_elses");
		this.jdbc.execute("CREATE DATABASE someone_elses");
		String foreign = url().replace("/postgres?", "/someone_elses?");
		try (HikariDataSource other = new HikariDataSource()) {
			other.setJdbcUrl(foreign);
			new JdbcTemplate(other).execute("CREATE TABLE invoices (id bigint PRIMARY KEY)");
			assertThat(run("migrate", "--spring.datasource.url=" + foreign)).isEqualTo(2);
			assertThat(stderrLine()).isEqualTo(PREFIX + "the database has tables but no wa-scorecards schema history"
					+ " (flyway_schema_history): point spring.datasource.url at an empty database, or at the one"
					+ " wa-scorecards migrated before");
			assertThat(new JdbcTemplate(other).queryForList(
					"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class))
				.containsExactly("invoices");
		}
		finally {
			this.jdbc.execute("DROP DATABASE someone_elses WITH (FORCE)");
		}
	}

	@Test
	void aNegativeAnswerWindowIsRefusedAtStartUp() {
		assertThat(run("run", "--date", "2026-03-10", "--spring.datasource.url=" + url(),
				"--scorecards.answer-window=-24h"))
			.isEqualTo(2);
		assertThat(stderrLine())
			.isEqualTo(PREFIX + "scorecards.answer-window must be more than 0 and at most 7d (it is PT-24H)");
	}

	@Test
	void aWorkerThatWouldNeverLookForPartitionsIsRefusedAtStartUp() {
		assertThat(run("worker", "--spring.datasource.url=" + url(), "--scorecards.remote.look-again=0s")).isEqualTo(2);
		assertThat(stderrLine()).isEqualTo(PREFIX + "scorecards.remote.poll-interval, scorecards.remote.timeout and "
				+ "scorecards.remote.look-again must be more than 0 (they are PT0.5S, PT6H and PT0S)");
	}

	@Test
	void aNumberOfConnectionsTooLargeToGenerateIsRefused() {
		assertThat(run("generate", "--from", "2026-03-09", "--to", "2026-03-10", "--connections", "2147483647",
				"--messages-per-day", "10", "--spring.datasource.url=" + url()))
			.isEqualTo(2);
		assertThat(stderrLine()).isEqualTo(PREFIX + "--connections must be between 1 and 1000000, not 2147483647");
		this.err.reset();
		assertThat(run("generate", "--from", "2026-03-09", "--to", "2026-03-10", "--connections", "99999999999",
				"--messages-per-day", "10", "--spring.datasource.url=" + url()))
			.isEqualTo(2);
		assertThat(stderrLine()).isEqualTo(PREFIX + "99999999999 is too large (at most 2147483647)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "run --date 0000-01-01", "run --date 0001-01-15", "run --date 9999-12-31",
			"run --date 2099-01-01", "run --date 2026-03-10 --as-of 2026-03-09T23:59:59Z",
			"rerun --from 2000-01-01 --to 2026-01-01", "rerun --from 2026-01-01 --to 2026-03-01",
			"demo --date 9999-12-31" })
	void aDateThatMayNotBeRunIsRefusedBeforeAnythingIsWritten(String command) {
		List<String> args = new ArrayList<>(List.of(command.split(" ")));
		args.add("--spring.datasource.url=" + url());
		assertThat(run(args.toArray(String[]::new))).isEqualTo(2);
		assertThat(stderrLine()).startsWith(PREFIX)
			.containsAnyOf("is in the future", "is before scorecards.earliest-date", "at most 31 at once",
					"is before the start of 2026-03-10");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM batch_job_execution", Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM daily_kpi", Long.class)).isZero();
	}

	@Test
	void aFailedJobExitsOneWithOneLineNamingTheStepAndTheCause() {
		LocalDate date = LocalDate.parse("2026-03-10");
		new BrandDay(this.scenario, this.jdbc).brand("100000000000901", "200000000000901", "5215512340901", "Marca",
				"es", date);
		this.jdbc.execute("""
				CREATE FUNCTION fail_kpis() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN RAISE EXCEPTION 'disk full'; END $$;
				CREATE TRIGGER fail_kpis BEFORE INSERT ON daily_kpi FOR EACH ROW EXECUTE FUNCTION fail_kpis()""");
		try {
			assertThat(run("run", "--date", date.toString(), "--as-of", "2026-03-12T00:00:00Z", "--no-email",
					"--spring.datasource.url=" + url()))
				.isEqualTo(1);
		}
		finally {
			this.jdbc.execute("DROP TRIGGER fail_kpis ON daily_kpi; DROP FUNCTION fail_kpis()");
		}
		Matcher line = Pattern
			.compile(Pattern.quote(PREFIX) + "run [0-9]+ of 2026-03-10 failed in step dailyKpis "
					+ "\\(dailyKpi:connections-[0-9]+-[0-9]+\\): ERROR: disk full.*")
			.matcher(stderrLine());
		assertThat(line.matches()).as(stderrLine()).isTrue();
		assertThat(stdout()).doesNotContain("\tat ").doesNotContain("Exception");
	}

	private static final Pattern LOGGING_STATUS = Pattern
		.compile("^\\d\\d:\\d\\d:\\d\\d,\\d{3} \\|-(INFO|WARN|ERROR) in ");

	private int run(String... args) {
		return CommandLineApplication.run(ScorecardsApplication.class, args);
	}

	private String url() {
		return ((HikariDataSource) this.dataSource).getJdbcUrl();
	}

	/**
	 * Exactly one line on stderr, leaving out the logging library's own status reports:
	 * in this JVM a thread of an earlier test's application can log while the next one
	 * sets up its logging, which the logging library reports on stderr ("No appenders
	 * present"); a single application never does.
	 */
	private String stderrLine() {
		List<String> lines = this.err.toString(StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> !LOGGING_STATUS.matcher(line).find())
			.toList();
		assertThat(lines).as("stderr").hasSize(1);
		return lines.get(0);
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

}
