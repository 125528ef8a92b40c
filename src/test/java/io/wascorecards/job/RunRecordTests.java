package io.wascorecards.job;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.wascorecards.DatabaseTest;
import io.wascorecards.TestDatabase;
import io.wascorecards.TestSmtp;
import io.wascorecards.batch.JobParameterNames;
import io.wascorecards.demo.GenerationRequest;
import io.wascorecards.demo.SyntheticDataGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run_request} as the record of runs: each launch links its own request through
 * the job's parameters, and a date's run is found from there.
 */
@DatabaseTest
class RunRecordTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.server());

	private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	private static final Instant AS_OF = Instant.parse("2026-03-13T00:00:00Z");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ScorecardJobLauncher launcher;

	@Autowired
	private RunRequests requests;

	@BeforeEach
	void setUp() {
		TestDatabase.reset(this.jdbc);
		new SyntheticDataGenerator(this.dataSource).generate(new GenerationRequest(DAY.minusDays(1), DAY, 4, 400, 7));
	}

	@Test
	void aResumedRunIsLinkedToTheRequestThatResumedItThroughItsParameters() {
		// given a run that failed in its KPI step
		this.jdbc.execute("""
				CREATE FUNCTION fail_kpis() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN RAISE EXCEPTION 'disk full'; END $$;
				CREATE TRIGGER fail_kpis BEFORE INSERT ON daily_kpi FOR EACH ROW EXECUTE FUNCTION fail_kpis()""");
		RunOutcome failed;
		try {
			failed = this.launcher.run(DAY, AS_OF, false);
		}
		finally {
			this.jdbc.execute("DROP TRIGGER fail_kpis ON daily_kpi; DROP FUNCTION fail_kpis()");
		}
		assertThat(failed.succeeded()).isFalse();

		// when the same command runs again, as of a later instant
		RunOutcome resumed = this.launcher.run(DAY, AS_OF.plus(Duration.ofDays(1)), false);

		// then the same run (job instance) carried each request, each linked to its own
		// execution, and the resumed run keeps the instant it began with
		assertThat(resumed.succeeded()).isTrue();
		assertThat(resumed.execution().getJobInstanceId()).isEqualTo(failed.execution().getJobInstanceId());
		assertThat(failed.execution().getJobParameters().getLong(JobParameterNames.REQUEST)).isEqualTo(failed.id());
		assertThat(resumed.execution().getJobParameters().getLong(JobParameterNames.REQUEST)).isEqualTo(resumed.id());
		assertThat(
				this.jdbc.queryForList("SELECT id, job_execution_id, run_number, as_of FROM run_request ORDER BY id"))
			.extracting((row) -> List.of(row.get("id"), row.get("job_execution_id"), row.get("run_number"),
					((java.sql.Timestamp) row.get("as_of")).toInstant()))
			.containsExactly(List.of(failed.id(), failed.execution().getId(), 0L, AS_OF),
					List.of(resumed.id(), resumed.execution().getId(), 0L, AS_OF));
		assertThat(resumed.request().asOf()).isEqualTo(AS_OF);
		assertThat(this.requests.find(failed.id()).execution().getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.requests.find(resumed.id()).execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void aRunOfADateAlreadyScoredIsRecordedWithTheRunThatScoredItAndItsEmailRetry() {
		RunOutcome first = this.launcher.run(DAY, AS_OF, true);

		RunOutcome again = this.launcher.run(DAY, AS_OF, true);

		RunOutcome recorded = this.requests.find(again.id());
		assertThat(again.alreadyCompleted()).isTrue();
		assertThat(recorded.alreadyCompleted()).isTrue();
		assertThat(recorded.execution().getId()).isEqualTo(first.execution().getId());
		assertThat(recorded.emailRetry().getId()).isEqualTo(again.emailRetry().getId());
		assertThat(recorded.refusal()).isEqualTo(again.refusal())
			.isEqualTo("already scored by run " + first.execution().getId()
					+ "; nothing recomputed, undelivered e-mails sent by execution " + again.emailRetry().getId());
		assertThat(this.launcher.hasCompletedRun(DAY)).isTrue();
		assertThat(this.launcher.hasCompletedRun(DAY.minusDays(1))).isFalse();
	}

	@Test
	void aRunNumberTakenByALaunchThatNeverCreatedItsRunIsNotGivenAgain() {
		// given a launch of run 0 refused before its job instance was created
		this.jdbc.update("""
				INSERT INTO run_request (business_date, connections, email, resend, rerun, requested_by, run_number,
				                         refusal)
				VALUES (?, '{}', false, false, false, 'command line', 0, 'database unavailable')""", DAY);

		RunOutcome run = this.launcher.run(DAY, AS_OF, false);

		assertThat(run.alreadyCompleted()).isFalse();
		assertThat(run.succeeded()).isTrue();
		assertThat(run.execution().getJobParameters().getLong(JobParameterNames.RUN_NUMBER)).isOne();
		assertThat(this.launcher.run(DAY, AS_OF, false).alreadyCompleted()).isTrue();
	}

	@Test
	void theJobLinksItsRequestWhenItRunsOnAnotherThreadThanItsLaunch(@Autowired JobRepository jobRepository,
			@Autowired Job dailyScorecardJob) throws Exception {
		RunOutcome queued = this.requests.queue(RunRequest.run(DAY, AS_OF, false), "test");
		// a job operator that runs the job on a thread of its own, and returns at once
		TaskExecutorJobOperator asynchronous = new TaskExecutorJobOperator();
		asynchronous.setJobRepository(jobRepository);
		asynchronous.setJobRegistry(new MapJobRegistry());
		asynchronous.setTaskExecutor(new SimpleAsyncTaskExecutor("async-run-"));
		asynchronous.afterPropertiesSet();

		JobExecution started = asynchronous.start(dailyScorecardJob,
				new JobParametersBuilder(DateRuns.identifying(DAY, 0))
					.addString(JobParameterNames.AS_OF, AS_OF.toString(), false)
					.addString(JobParameterNames.CONNECTIONS, "", false)
					.addString(JobParameterNames.REREAD_WEBHOOKS, "false", false)
					.addString(JobParameterNames.EMAIL, "false", false)
					.addString(JobParameterNames.RESEND, "false", false)
					.addLong(JobParameterNames.REQUEST, queued.id(), false)
					.toJobParameters());

		JobExecution linked = awaitEnd(queued.id());
		assertThat(linked.getId()).isEqualTo(started.getId());
		assertThat(linked.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.launcher.run(DAY, AS_OF, false).alreadyCompleted()).isTrue();
	}

	private JobExecution awaitEnd(long request) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			JobExecution execution = this.requests.find(request).execution();
			if (execution != null && !execution.isRunning()) {
				return execution;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("run request " + request + " was not carried out in 2 minutes: "
				+ this.jdbc.queryForList("SELECT * FROM run_request").stream().map(Map::toString).toList());
	}

}
