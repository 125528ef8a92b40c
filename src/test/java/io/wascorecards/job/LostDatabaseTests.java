package io.wascorecards.job;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.wascorecards.ChildRun;
import io.wascorecards.DatabaseTest;
import io.wascorecards.TestSmtp;
import io.wascorecards.batch.ConnectionSelection;
import io.wascorecards.kpi.DailyKpiCalculator;
import io.wascorecards.kpi.DailyKpiCsvExporter;
import io.wascorecards.kpi.KpiScenario;
import io.wascorecards.report.BrandDay;
import io.wascorecards.report.ReportFilesAccess;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §8: {@code run} in a separate JVM loses its database connections (every session of
 * the process terminated, as when the database restarts) in the middle of a step, and the
 * same command run again completes the date: every scorecard exists once, every manager
 * receives the e-mail once, with the numbers of an uninterrupted run.
 */
@DatabaseTest
class LostDatabaseTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.server());

	private static final LocalDate DATE = LocalDate.parse("2026-03-10");

	private static final Instant AS_OF = Instant.parse("2026-03-14T00:00:00Z");

	private static final Path OUTPUT = Path.of("target/lost-db-out");

	private static final int BRANDS = 8;

	private static final int MANAGERS = 4;

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ScorecardJobLauncher launcher;

	@Autowired
	private DailyKpiCalculator calculator;

	@Autowired
	private DailyKpiCsvExporter kpis;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Test
	void aRunThatLosesItsDatabaseWhileComputingKpisIsCompletedByTheSameCommand() throws Exception {
		givenBrandsAndManagers();

		int exitCode = loseTheDatabaseDuring("dailyKpis", "daily_kpi", "INSERT", "kpis");

		assertThat(exitCode).as("exit code of the run that lost its database (see target/lost-db-kpis-first.log)")
			.isEqualTo(1);
		// the rollback on a lost connection fails: Spring Batch cannot tell what was kept
		assertThat(firstStatus()).isEqualTo("UNKNOWN");
		assertThat(unknownSteps()).contains("dailyKpis");
		Process again = run("lost-db-kpis-again");
		thenTheDateIsCompletedOnce(again, "lost-db-kpis-again");
		// the KPIs of an uninterrupted computation of the same date and instant
		String resumed = export(this.kpis::export);
		String uninterrupted = new TransactionTemplate(this.transactionManager).execute((transaction) -> {
			transaction.setRollbackOnly();
			this.calculator.compute(DATE, AS_OF, 0, Long.MAX_VALUE, ConnectionSelection.ALL);
			return export(this.kpis::export);
		});
		assertThat(resumed).isEqualTo(uninterrupted);
	}

	@Test
	void aRunThatLosesItsDatabaseWhileRenderingIsCompletedByTheSameCommand() throws Exception {
		givenBrandsAndManagers();

		int exitCode = loseTheDatabaseDuring("scorecardPdfs", "scorecard", "UPDATE", "pdfs");

		assertThat(exitCode).as("exit code of the run that lost its database (see target/lost-db-pdfs-first.log)")
			.isEqualTo(1);
		assertThat(firstStatus()).isEqualTo("UNKNOWN");
		assertThat(unknownSteps()).contains("scorecardPdfs");
		Process again = run("lost-db-pdfs-again");
		thenTheDateIsCompletedOnce(again, "lost-db-pdfs-again");
	}

	@Test
	void aRunLeftStartedWithStepsUnknownIsCompletedByTheSameCommand() throws Exception {
		givenBrandsAndManagers();
		// given a run whose rendering step failed, left as by a process that recorded
		// the end of none of it: a partition UNKNOWN (its rollback failed), its step and
		// the execution still STARTED
		this.jdbc.execute("""
				CREATE FUNCTION lost_db_fail() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				  IF NEW.connection_id = (SELECT id FROM wa_connection WHERE phone_number_id = '100000000000503') THEN
				    RAISE EXCEPTION 'connection lost';
				  END IF;
				  RETURN NEW;
				END $$;
				CREATE TRIGGER lost_db_fail BEFORE UPDATE ON scorecard FOR EACH ROW EXECUTE FUNCTION lost_db_fail()""");
		try {
			assertThat(this.launcher.run(DATE, AS_OF, true).succeeded()).isFalse();
		}
		finally {
			this.jdbc.execute("DROP TRIGGER lost_db_fail ON scorecard; DROP FUNCTION lost_db_fail()");
		}
		this.jdbc.update("""
				UPDATE batch_step_execution SET status = 'UNKNOWN', exit_code = 'UNKNOWN'
				WHERE step_name LIKE 'scorecardPdf:%' AND status = 'FAILED'""");
		this.jdbc.update("""
				UPDATE batch_step_execution SET status = 'STARTED', exit_code = 'EXECUTING', end_time = NULL
				WHERE step_name = 'scorecardPdfs'""");
		this.jdbc.update("""
				UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL
				WHERE job_execution_id = (SELECT min(job_execution_id) FROM batch_job_execution)""");
		assertThat(unknownSteps()).hasSize(1);

		// when
		RunOutcome again = this.launcher.run(DATE, AS_OF, true);

		// then
		assertThat(again.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		thenTheDateIsCompletedOnce(null, null);
	}

	/**
	 * Runs the date in a child JVM, slows the writes of one table so that the loss lands
	 * while the step writes, terminates every session of the child once it waits in a
	 * slowed write of that step, and waits for the child to end.
	 * @return the child's exit code
	 */
	private int loseTheDatabaseDuring(String step, String table, String write, String name) throws Exception {
		this.jdbc.execute("""
				CREATE FUNCTION lost_db_slow() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN PERFORM pg_sleep(0.3); RETURN NEW; END $$;
				CREATE TRIGGER lost_db_slow BEFORE %s ON %s FOR EACH ROW EXECUTE FUNCTION lost_db_slow()"""
			.formatted(write, table));
		String application = "lost-db-" + name + "-first";
		Process first = run(application);
		try {
			ChildRun.awaitOrKill(first, () -> sleepingInStep(application, step), Duration.ofMinutes(3));
			Integer terminated = this.jdbc.queryForObject(
					"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?",
					Integer.class, application);
			assertThat(terminated).as("sessions of the child terminated").isPositive();
		}
		finally {
			// the rest of the run needs no slowing down
			this.jdbc.execute("DROP TRIGGER lost_db_slow ON " + table + "; DROP FUNCTION lost_db_slow()");
		}
		if (!first.waitFor(3, TimeUnit.MINUTES)) {
			first.destroyForcibly();
			throw new AssertionError(
					"the run that lost its database did not end in 3 minutes (see target/" + application + ".log)");
		}
		return first.exitValue();
	}

	/**
	 * The date completed by the run that resumed the first one: every scorecard once with
	 * its PDF, every manager's e-mail once, nothing left unfinished.
	 */
	private void thenTheDateIsCompletedOnce(Process again, String name) throws Exception {
		if (again != null) {
			if (!again.waitFor(3, TimeUnit.MINUTES)) {
				again.destroyForcibly();
				throw new AssertionError("the second run did not end in 3 minutes (see target/" + name + ".log)");
			}
			assertThat(again.exitValue()).as("exit code of the second run (see target/" + name + ".log)").isZero();
		}
		assertThat(this.jdbc.queryForList("SELECT status FROM batch_job_execution ORDER BY job_execution_id",
				String.class))
			.containsExactly("FAILED", "COMPLETED");
		assertThat(this.jdbc.queryForObject(
				"SELECT exit_message FROM batch_job_execution ORDER BY job_execution_id LIMIT 1", String.class))
			.startsWith("Recovered: left ");
		assertThat(this.jdbc.queryForList(
				"SELECT step_name FROM batch_step_execution WHERE status IN ('UNKNOWN', 'STARTING', 'STARTED', 'STOPPING')",
				String.class))
			.isEmpty();
		List<Map<String, Object>> stored = this.jdbc
			.queryForList("SELECT pdf_path, pdf_sha256 FROM scorecard WHERE business_date = ?", DATE);
		assertThat(stored).hasSize(BRANDS)
			.allSatisfy((row) -> assertThat(ReportFilesAccess.sha256(Path.of((String) row.get("pdf_path"))))
				.isEqualTo(row.get("pdf_sha256")));
		Map<String, String> sent = this.jdbc
			.queryForList("SELECT message_id, recipient FROM email_delivery WHERE status = 'SENT'")
			.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("message_id"), (row) -> (String) row.get("recipient")));
		assertThat(sent).hasSize(MANAGERS);
		Map<String, List<MimeMessage>> received = Arrays.stream(smtp.getReceivedMessages())
			.collect(Collectors.groupingBy(ChildRun::messageId));
		assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(sent.keySet());
		assertThat(received).allSatisfy((id, copies) -> {
			assertThat(copies).as("copies of " + id).hasSize(1);
			assertThat(ChildRun.recipient(copies.get(0))).isEqualTo(sent.get(id));
		});
	}

	private void givenBrandsAndManagers() throws IOException {
		this.scenario.reset();
		FileSystemUtils.deleteRecursively(OUTPUT);
		new BrandDay(this.scenario, this.jdbc).brandsAndManagers("005", BRANDS, MANAGERS, DATE);
	}

	private Process run(String name) throws IOException {
		return ChildRun.start(this.dataSource, name, DATE, AS_OF, OUTPUT);
	}

	/** Whether the child waits in a slowed write while the step runs. */
	private boolean sleepingInStep(String application, String step) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = ? AND wait_event = 'PgSleep')
				   AND EXISTS (SELECT 1 FROM batch_step_execution WHERE step_name = ? AND status = 'STARTED')""",
				Boolean.class, application, step));
	}

	private String firstStatus() {
		return this.jdbc.queryForObject("SELECT status FROM batch_job_execution ORDER BY job_execution_id LIMIT 1",
				String.class);
	}

	private List<String> unknownSteps() {
		return this.jdbc.queryForList("SELECT step_name FROM batch_step_execution WHERE status = 'UNKNOWN'",
				String.class);
	}

	private static String export(BiFunction<LocalDate, Writer, Integer> exporter) {
		StringWriter out = new StringWriter();
		exporter.apply(DATE, out);
		return out.toString();
	}

}
