package io.wascorecards.batch;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.wascorecards.ChildRun;
import io.wascorecards.DatabaseTest;
import io.wascorecards.TestDatabase;
import io.wascorecards.TestSmtp;
import io.wascorecards.demo.GenerationRequest;
import io.wascorecards.demo.SyntheticDataGenerator;
import io.wascorecards.job.ScorecardJobLauncher;
import io.wascorecards.kpi.DailyKpiCsvExporter;
import io.wascorecards.scorecard.ScorecardCsvExporter;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue "Beyond one machine": a run started with {@code scorecards.remote-workers=true}
 * (in a JVM of its own, the manager) hands its partitions to two {@code worker} JVMs on
 * the same database, and stores what a run on one node stores; a worker killed with
 * SIGKILL in the middle of a partition leaves it to the other.
 */
@DatabaseTest
class RemoteWorkersTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.server());

	private static final LocalDate DATE = LocalDate.parse("2026-03-10");

	private static final Instant AS_OF = Instant.parse("2026-03-13T00:00:00Z");

	private static final Path OUTPUT = Path.of("target/remote-out");

	private static final Duration PATIENCE = Duration.ofMinutes(5);

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ScorecardJobLauncher launcher;

	@Autowired
	private DailyKpiCsvExporter kpis;

	@Autowired
	private ScorecardCsvExporter scorecards;

	private final List<Process> processes = new ArrayList<>();

	private String singleNodeKpis;

	private String singleNodeScorecards;

	@BeforeEach
	void aSingleNodeRunFirst() throws Exception {
		TestDatabase.reset(this.jdbc);
		FileSystemUtils.deleteRecursively(OUTPUT);
		new SyntheticDataGenerator(this.dataSource)
			.generate(new GenerationRequest(DATE.minusDays(6), DATE.plusDays(1), 20, 1500, 16));
		// no e-mail: the managers receive theirs from the run on the workers
		assertThat(this.launcher.run(DATE, AS_OF, false).execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		this.singleNodeKpis = export(this.kpis::export);
		this.singleNodeScorecards = export(this.scorecards::export);
		assertThat(this.singleNodeKpis.lines()).hasSize(1 + (int) activeConnections());
	}

	@AfterEach
	void stopTheJvms() throws InterruptedException {
		for (Process process : this.processes) {
			process.destroyForcibly();
			process.waitFor();
		}
	}

	@Test
	void partitionsRunOnBothWorkersAndTheRunStoresWhatOneNodeStores() throws Exception {
		// what the single node derived, forgotten: the run on the workers reads and
		// computes everything again, the days before the date too (the backfill)
		this.jdbc.execute("""
				TRUNCATE webhook_read_mark, webhook_status, webhook_signal, webhook_finding, daily_kpi, optout_day,
				         optout_event, scorecard, portfolio, email_delivery """);
		startWorkers("worker-a", "worker-b");

		int exit = manager("remote-manager");

		assertThat(exit).as("exit code of the manager (see target/remote-manager.log)").isZero();
		assertThat(export(this.kpis::export)).isEqualTo(this.singleNodeKpis);
		assertThat(export(this.scorecards::export)).isEqualTo(this.singleNodeScorecards);
		Map<String, Long> ranOn = partitionsByWorker();
		assertThat(ranOn.keySet()).containsExactlyInAnyOrder("worker-a", "worker-b");
		assertThat(partitionStatuses()).containsOnly("COMPLETED");
		// each partitioned step's partitions, all handed out
		assertThat(this.jdbc.queryForList("""
				SELECT DISTINCT split_part(step_name, ':', 1) FROM batch_step_execution
				WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
				  AND step_name LIKE '%:%'""", String.class)).containsExactlyInAnyOrder("webhookSlice", "dailyKpi",
				"backfillKpi", "scorecard", "scorecardPdf");
		assertThat(queuedRequests()).isZero();
	}

	@Test
	void aWorkerKilledInTheMiddleOfAPartitionLeavesItToTheOtherAndEveryScorecardAndEmailIsThereOnce() throws Exception {
		startWorkers("doomed-worker", "surviving-worker");
		int exit;
		try (Connection blocker = this.dataSource.getConnection(); Statement statement = blocker.createStatement()) {
			// both workers wait in their first scoring partition, inside its transaction
			blocker.setAutoCommit(false);
			statement.execute("LOCK TABLE scorecard IN EXCLUSIVE MODE");
			Process manager = ChildRun.command(this.dataSource, "remote-kill-manager", OUTPUT,
					List.of("rerun", "--from", DATE.toString(), "--to", DATE.toString(), "--as-of", AS_OF.toString(),
							"--scorecards.remote-workers=true", "--scorecards.remote.poll-interval=100ms"));
			this.processes.add(manager);
			await(() -> waitsOnALock("doomed-worker"));
			Process doomed = this.processes.get(0);
			doomed.destroyForcibly();
			doomed.waitFor();
			blocker.rollback();
			exit = ChildRun.exitCode(manager, "remote-kill-manager", PATIENCE);
		}

		assertThat(exit).as("exit code of the manager (see target/remote-kill-manager.log)").isZero();
		assertThat(export(this.kpis::export)).isEqualTo(this.singleNodeKpis);
		assertThat(export(this.scorecards::export)).isEqualTo(this.singleNodeScorecards);
		assertThat(partitionStatuses()).containsOnly("COMPLETED");
		// the scoring partitions all ended on the survivor, the one it was killed in too
		assertThat(this.jdbc.queryForList("""
				SELECT DISTINCT substring(exit_message FROM 'ran on ([a-z-]+)') FROM batch_step_execution
				WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
				  AND step_name LIKE 'scorecard:%'""", String.class)).containsExactly("surviving-worker");
		// every scorecard once, its PDF on disk as recorded
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM scorecard WHERE business_date = ?", Long.class, DATE))
			.isEqualTo(activeConnections());
		try (Stream<Path> files = Files.list(OUTPUT.resolve(DATE.toString()))) {
			assertThat(files.filter((file) -> file.getFileName().toString().matches("[0-9]+\\.pdf")))
				.hasSize((int) activeConnections());
		}
		// every manager's e-mail once, sent by the manager
		Map<String, List<MimeMessage>> received = Arrays.stream(smtp.getReceivedMessages())
			.collect(Collectors.groupingBy(ChildRun::messageId));
		assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(
				this.jdbc.queryForList("SELECT message_id FROM email_delivery WHERE status = 'SENT'", String.class));
		assertThat(received.values()).allSatisfy((copies) -> assertThat(copies).hasSize(1));
		assertThat(this.jdbc
			.queryForObject("SELECT count(DISTINCT manager_id) FROM email_delivery WHERE status = 'SENT'", Long.class))
			.isEqualTo(this.jdbc.queryForObject("SELECT count(DISTINCT manager_id) FROM account_manager_connection",
					Long.class))
			.isPositive();
		assertThat(queuedRequests()).isZero();
	}

	private void startWorkers(String... names) throws Exception {
		for (String name : names) {
			this.processes.add(ChildRun.worker(this.dataSource, name, OUTPUT));
		}
		// both listen before the run starts, so that both have partitions to take
		await(() -> this.jdbc.queryForObject("""
				SELECT count(DISTINCT application_name) FROM pg_stat_activity
				WHERE application_name = ANY (?) AND query LIKE 'LISTEN%'""", Long.class,
				(Object) names) == names.length);
	}

	private int manager(String name) throws Exception {
		Process manager = ChildRun.command(this.dataSource, name, OUTPUT,
				List.of("rerun", "--from", DATE.toString(), "--to", DATE.toString(), "--as-of", AS_OF.toString(),
						"--no-email", "--scorecards.remote-workers=true", "--scorecards.remote.poll-interval=100ms"));
		this.processes.add(manager);
		return ChildRun.exitCode(manager, name, PATIENCE);
	}

	private boolean waitsOnALock(String worker) {
		return this.jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM pg_stat_activity
				               WHERE application_name = ? AND wait_event_type = 'Lock')""", Boolean.class, worker);
	}

	private void await(BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(PATIENCE);
		while (!condition.getAsBoolean()) {
			for (Process process : this.processes) {
				assertThat(process.isAlive()).as("a JVM of the test ended early (see target/*.log)").isTrue();
			}
			assertThat(Instant.now()).as("waited too long").isBefore(deadline);
			Thread.sleep(50);
		}
	}

	/** The partitions of the last run, by the worker that ran them. */
	private Map<String, Long> partitionsByWorker() {
		return this.jdbc.queryForList("""
				SELECT substring(exit_message FROM 'ran on ([a-z-]+)') AS worker FROM batch_step_execution
				WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
				  AND step_name LIKE '%:%'""", String.class)
			.stream()
			.collect(Collectors.groupingBy(String::valueOf, Collectors.counting()));
	}

	private List<String> partitionStatuses() {
		return this.jdbc.queryForList("""
				SELECT DISTINCT status FROM batch_step_execution
				WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)""", String.class);
	}

	private long activeConnections() {
		return this.jdbc.queryForObject("SELECT count(*) FROM wa_connection WHERE active", Long.class);
	}

	private long queuedRequests() {
		return this.jdbc.queryForObject("SELECT count(*) FROM int_channel_message", Long.class);
	}

	private static String export(java.util.function.BiFunction<LocalDate, java.io.Writer, Integer> exporter) {
		StringWriter out = new StringWriter();
		exporter.apply(DATE, out);
		return out.toString();
	}

}
