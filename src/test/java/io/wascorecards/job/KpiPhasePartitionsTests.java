package io.wascorecards.job;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import io.wascorecards.DatabaseTest;
import io.wascorecards.ScorecardsProperties;
import io.wascorecards.TestDatabase;
import io.wascorecards.demo.GenerationRequest;
import io.wascorecards.demo.SyntheticDataGenerator;
import io.wascorecards.kpi.BackfillDays;
import io.wascorecards.kpi.OptoutDays;
import io.wascorecards.webhook.WebhookReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KPI phase's partitions: a first run reads the webhook slices of its date, of the 29
 * days its windows need and of the days their opt-out look-backs reach, each slice once
 * and in time order, before it computes those days a piece (a day's range of connections)
 * at a time; a piece that fails is resumed by the same command with the pieces left, and
 * every piece is computed once.
 */
@DatabaseTest
class KpiPhasePartitionsTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

	private static final Instant AS_OF = Instant.parse("2026-03-13T00:00:00Z");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ScorecardJobLauncher launcher;

	@Autowired
	private WebhookReader webhooks;

	@Autowired
	private ScorecardsProperties properties;

	@Autowired
	private OptoutDays optoutDays;

	@BeforeEach
	void setUp() {
		TestDatabase.reset(this.jdbc);
		new SyntheticDataGenerator(this.dataSource)
			.generate(new GenerationRequest(DAY.minusDays(2), DAY.plusDays(1), 3, 1000, 11));
	}

	@Test
	void aFirstRunReadsTheSlicesOfTheDaysItComputesAgainEachOnceInTimeOrder() {
		// when
		JobExecution run = this.launcher.run(DAY, AS_OF, false).execution();

		// then: the 29 days before are computed again, and their webhooks read first,
		// with the date's and those of the 31 days before them whose opt-outs they look
		// back on (L, and a day), the slices that two days share once
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<LocalDate> days = DAY.minusDays(29).datesUntil(DAY).toList();
		assertThat(run.getExecutionContext().getString(BackfillDays.KEY)).isEqualTo(BackfillDays.format(days));
		LocalDate firstOptoutDay = DAY.minusDays(29 + 31);
		assertThat(this.optoutDays.first(DAY, days)).isEqualTo(firstOptoutDay);
		assertThat(run.getExecutionContext().getString(OptoutDays.KEY))
			.isEqualTo(BackfillDays.format(firstOptoutDay.datesUntil(days.get(0)).toList()));
		List<String> slices = partitions(run, "webhookSlice:").stream().map(StepExecution::getStepName).toList();
		// the slices that hold rows: reading the others would change nothing
		List<String> expected = firstOptoutDay.datesUntil(DAY.plusDays(1))
			.flatMap((day) -> this.webhooks.slices(day, this.properties.partitions()).stream())
			.sorted(Comparator.comparing(WebhookReader.Window::from).thenComparing(WebhookReader.Window::to))
			.distinct()
			.filter((slice) -> this.jdbc.queryForObject(
					"SELECT count(*) FROM wa_webhook_event WHERE received_at >= ? AND received_at < ?", Long.class,
					Timestamp.from(slice.from()), Timestamp.from(slice.to())) > 0)
			.map((slice) -> "webhookSlice:" + slice.from() + ".." + slice.to())
			.toList();
		assertThat(expected).isNotEmpty();
		assertThat(slices).containsExactlyElementsOf(expected);
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM wa_webhook_event e
				WHERE NOT EXISTS (SELECT 1 FROM webhook_read_mark m
				                  WHERE e.received_at >= m.range_from AND e.received_at < m.range_to)
				  AND e.received_at >= ? AND e.received_at < ?""", Long.class,
				Timestamp.from(this.webhooks.window(days.get(0)).from()),
				Timestamp.from(this.webhooks.window(DAY).to())))
			.as("webhook rows of the range left unread")
			.isZero();
		// the two days before the date computed with it, in its pass; the 27 others by
		// the backfill, a piece per three days and range of connections (one each, here),
		// oldest first
		List<String> pieces = partitions(run, "backfillKpi:").stream().map(StepExecution::getStepName).toList();
		assertThat(pieces).hasSize(27 / 3 * activeConnections())
			.isSorted()
			.allMatch((name) -> name
				.matches("backfillKpi:2026-0[23]-[0-9]{2}\\.\\.2026-0[23]-[0-9]{2}:connections-[0-9]+-[0-9]+"));
		assertThat(pieces.get(0)).startsWith("backfillKpi:" + days.get(0) + ".." + days.get(2) + ":");
	}

	@Test
	void aBackfillPieceThatFailsIsResumedWithThePiecesLeftAndEachPieceIsComputedOnce() {
		// given: storing the KPIs of the first connection on the 5th day before fails (in
		// the backfill's last piece of that connection: the 5th to the 3rd day before)
		long failing = this.jdbc.queryForObject("SELECT min(id) FROM wa_connection WHERE active", Long.class);
		LocalDate day = DAY.minusDays(5);
		this.jdbc.execute("""
				CREATE FUNCTION full_disk() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				  IF NEW.business_date = DATE '%s' AND NEW.connection_id = %d THEN
				    RAISE EXCEPTION 'could not extend file';
				  END IF;
				  RETURN NEW;
				END $$;
				CREATE TRIGGER full_disk BEFORE INSERT ON daily_kpi FOR EACH ROW EXECUTE FUNCTION full_disk()"""
			.formatted(day, failing));
		JobExecution failed;
		try {
			failed = this.launcher.run(DAY, AS_OF, false).execution();
		}
		finally {
			this.jdbc.execute("DROP TRIGGER full_disk ON daily_kpi; DROP FUNCTION full_disk()");
		}
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		List<StepExecution> pieces = partitions(failed, "backfillKpi:");
		assertThat(pieces).filteredOn((piece) -> piece.getStatus() == BatchStatus.FAILED)
			.extracting(StepExecution::getStepName)
			.containsExactly("backfillKpi:" + day + ".." + day.plusDays(2) + ":connections-" + failing + "-" + failing);
		List<String> left = pieces.stream()
			.filter((piece) -> piece.getStatus() != BatchStatus.COMPLETED)
			.map(StepExecution::getStepName)
			.toList();
		List<Timestamp> oldestDay = computedAt(DAY.minusDays(29));

		// when: the same command again
		JobExecution resumed = this.launcher.run(DAY, AS_OF, false).execution();

		// then: the run resumed with the pieces left, nothing before them again
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resumed.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		assertThat(resumed.getStepExecutions()).extracting(StepExecution::getStepName)
			.doesNotContain("webhookRead", "dailyKpis")
			.contains("kpiBackfill");
		assertThat(partitions(resumed, "backfillKpi:")).extracting(StepExecution::getStepName)
			.containsExactlyElementsOf(left);
		assertThat(computedAt(DAY.minusDays(29))).isEqualTo(oldestDay);
		List<Integer> rowsPerDay = this.jdbc.queryForList("""
				SELECT count(k.connection_id)::int
				FROM generate_series(CAST(? AS date) - 29, CAST(? AS date), interval '1 day') d
				LEFT JOIN daily_kpi k ON k.business_date = d::date
				GROUP BY d ORDER BY d""", Integer.class, DAY, DAY);
		assertThat(rowsPerDay).hasSize(30).containsOnly(activeConnections());
	}

	/** The partitions of a step in the order they were made. */
	private static List<StepExecution> partitions(JobExecution execution, String worker) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().startsWith(worker))
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.toList();
	}

	private List<Timestamp> computedAt(LocalDate day) {
		return this.jdbc.queryForList(
				"SELECT computed_at FROM daily_kpi WHERE business_date = ? ORDER BY connection_id", Timestamp.class,
				day);
	}

	private int activeConnections() {
		return this.jdbc.queryForObject("SELECT count(*) FROM wa_connection WHERE active", Integer.class);
	}

}
