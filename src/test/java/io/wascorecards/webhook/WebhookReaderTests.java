package io.wascorecards.webhook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.wascorecards.DatabaseTest;
import io.wascorecards.ScorecardsProperties;
import io.wascorecards.job.OneStepRuns;
import io.wascorecards.kpi.KpiScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.wascorecards.job.OneStepRuns.setAside;
import static io.wascorecards.job.OneStepRuns.written;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook read ({@code webhookRead}, a partition per time slice): each row of a
 * date's range is read exactly once, whichever slice it falls in, and reads of
 * overlapping ranges running at once share the rows between them without reading one
 * twice. W is 2026-03-10 in Mexico City (UTC-6), so the range is [2026-03-10T06:00Z,
 * 2026-03-12T06:00Z) with A = 24 h.
 */
@DatabaseTest
class WebhookReaderTests {

	private static final LocalDate DAY = LocalDate.parse("2026-03-10");

	private static final String PHONE = "100000000000001";

	private static final String WABA = "200000000000001";

	@Autowired
	private WebhookReader reader;

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ScorecardsProperties properties;

	@Autowired
	private JobOperator jobOperator;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private Step webhookRead;

	private OneStepRuns reads;

	@BeforeEach
	void setUp() {
		this.reads = new OneStepRuns(this.jobOperator, this.jobRepository, this.webhookRead);
		this.scenario.reset();
		this.scenario.connection(PHONE, WABA, "5215512345678", "Óptica Visión", "America/Mexico_City");
	}

	@Test
	void rowsOnEverySliceBoundaryAreReadOnceAndRowsOutsideTheRangeAreNot() {
		WebhookReader.Window window = this.reader.window(DAY);
		assertThat(window).isEqualTo(
				new WebhookReader.Window(Instant.parse("2026-03-10T06:00:00Z"), Instant.parse("2026-03-12T06:00:00Z")));
		List<Instant> inside = new ArrayList<>();
		List<WebhookReader.Window> slices = window.split(this.properties.partitions());
		for (WebhookReader.Window slice : slices) {
			inside.add(slice.from());
			inside.add(slice.to().minus(1, ChronoUnit.MICROS));
		}
		inside.forEach((receivedAt) -> status(receivedAt, "wamid." + receivedAt));
		status(window.from().minus(1, ChronoUnit.MICROS), "wamid.before");
		status(window.to(), "wamid.after");
		// a broken unit on a boundary is set aside once
		this.scenario.statuses(slices.get(5).from().toString(), WABA, PHONE, "[{\"status\":\"sent\"}]");

		JobExecution first = this.reads.run(DAY, false);

		assertThat(written(first)).isEqualTo(inside.size() + 1);
		assertThat(setAside(first)).isEqualTo(1);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(inside.size());
		assertThat(this.jdbc.queryForList("SELECT wamid FROM webhook_status", String.class))
			.doesNotContain("wamid.before", "wamid.after");
		assertThat(written(this.reads.run(DAY, false))).isZero();
		JobExecution reread = this.reads.run(DAY, true);
		assertThat(written(reread)).isEqualTo(inside.size() + 1);
		assertThat(setAside(reread)).isEqualTo(1);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(inside.size());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM webhook_finding", Long.class)).isOne();
	}

	@Test
	void overlappingReadsAndRereadsAtOnceReadEveryRowOnce() {
		// 03-10 and 03-11 need [03-10T06:00Z, 03-12T06:00Z) and [03-11T06:00Z,
		// 03-13T06:00Z): a day in common
		Instant start = Instant.parse("2026-03-10T06:00:00Z");
		int rows = 3 * 24 * 4;
		for (int i = 0; i < rows; i++) {
			status(start.plus(i * 15, ChronoUnit.MINUTES), "wamid." + i);
		}
		LocalDate next = DAY.plusDays(1);
		// every status stored takes a while, so that the reads run into each other
		slowStatuses("PERFORM pg_sleep(0.002);");
		try {
			CompletableFuture<JobExecution> one = CompletableFuture.supplyAsync(() -> this.reads.run(DAY, false));
			CompletableFuture<JobExecution> other = CompletableFuture.supplyAsync(() -> this.reads.run(next, false));
			assertThat(written(one.join()) + written(other.join())).isEqualTo(rows);
			assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows);

			// a rerun of one date while the other date reads its new rows: 12 in the day
			// they share, 12 in the next date's own
			for (int i = 0; i < 24; i++) {
				status(start.plus(24 + 2 * i, ChronoUnit.HOURS).plusSeconds(1), "wamid.new." + i);
			}
			CompletableFuture<JobExecution> reread = CompletableFuture.supplyAsync(() -> this.reads.run(DAY, true));
			CompletableFuture<JobExecution> read = CompletableFuture.supplyAsync(() -> this.reads.run(next, false));
			// the rerun reads its whole range again, the new rows of the shared day
			// included, whoever read them first
			assertThat(written(reread.join())).isEqualTo(2 * 24 * 4 + 12);
			// the other reads again, whole, each of its own slices that got a row (all 8
			// of its own day: 96 rows and 12 new), and the shared day's slices that the
			// rerun had not read yet
			assertThat(written(read.join())).isBetween(96L + 12, 2 * (96L + 12));
			assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows + 24);
		}
		finally {
			dropSlowStatuses();
		}
	}

	@Test
	void aSliceThatFailsIsReadByTheNextRunAndTheCommittedOnesAreNotReadAgain() {
		Instant start = Instant.parse("2026-03-10T06:00:00Z");
		int rows = 2 * 24;
		for (int i = 0; i < rows; i++) {
			status(start.plus(i, ChronoUnit.HOURS), "wamid." + i);
		}
		// 16 slices of 3 h read 2 at a time, each status taking 50 ms to store; the slice
		// holding the row received at 12:00 (the third) fails as if its backend died,
		// once
		// the first two have committed (however late the second thread starts)
		assertThat(this.properties.partitions()).isEqualTo(16);
		assertThat(this.properties.threads()).isEqualTo(2);
		slowStatuses("""
				IF NEW.received_at = '2026-03-10T12:00:00Z' THEN
				    FOR i IN 1..3000 LOOP
				        EXIT WHEN (SELECT count(*) FROM webhook_read_mark) >= 2;
				        PERFORM pg_sleep(0.01);
				    END LOOP;
				    RAISE EXCEPTION 'backend died';
				END IF;
				PERFORM pg_sleep(0.05);""");
		JobExecution failed;
		try {
			failed = this.reads.run(DAY, false);
		}
		finally {
			dropSlowStatuses();
		}
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(partitions(failed, BatchStatus.FAILED)).singleElement()
			.satisfies(
					(slice) -> assertThat(slice.getStepName()).endsWith(":2026-03-10T12:00:00Z..2026-03-10T15:00:00Z"))
			.satisfies((slice) -> assertThat(slice.getFailureExceptions())
				.anySatisfy((ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex).getMessage())
					.contains("backend died")));
		// the first two slices committed, and the ones running when the third failed
		// (the fourth, on a slow machine the fifth too); the failed one and those not
		// started yet were left, stopped before they started
		int readBefore = statusesPerRow().size();
		assertThat(readBefore).isBetween(6, 12);
		assertThat(readBefore % 3).as("whole slices").isZero();
		assertThat(this.jdbc.queryForList("SELECT wamid FROM webhook_status", String.class))
			.contains("wamid.0", "wamid.5")
			.doesNotContain("wamid.6", "wamid.7", "wamid.8", "wamid.47");

		assertThat(partitions(failed, BatchStatus.STOPPED)).hasSize(16 - 1 - readBefore / 3);

		JobExecution next = this.reads.run(DAY, false);

		assertThat(written(next)).isEqualTo(rows - readBefore);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows);
	}

	@Test
	void aRestartReadsTheSlicesLeftAndTheRestartOfARerunReadsEverySliceAgain() {
		Instant start = Instant.parse("2026-03-10T06:00:00Z");
		int rows = 2 * 24;
		for (int i = 0; i < rows; i++) {
			status(start.plus(i, ChronoUnit.HOURS), "wamid." + i);
		}
		// a read that fails in the slice holding the row received at 12:00, restarted
		JobExecution failed = readFailingAtNoon(false);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		int readBefore = statusesPerRow().size();
		List<String> completed = partitions(failed, BatchStatus.COMPLETED).stream()
			.map(StepExecution::getStepName)
			.toList();

		JobExecution restarted = this.reads.restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(written(restarted)).isEqualTo(rows - readBefore);
		assertThat(partitions(restarted, BatchStatus.COMPLETED)).hasSize(16 - completed.size())
			.extracting(StepExecution::getStepName)
			.doesNotContainAnyElementsOf(completed);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows);

		// a rerun that fails in that slice, restarted, reads the whole date again
		JobExecution rerun = readFailingAtNoon(true);
		assertThat(rerun.getStatus()).isEqualTo(BatchStatus.FAILED);
		// the slices before it that had started when it failed (2 run at once), and
		// those that ran next to it
		assertThat(partitions(rerun, BatchStatus.COMPLETED)).hasSizeBetween(1, 4);

		JobExecution rerunRestarted = this.reads.restart(rerun);

		assertThat(rerunRestarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(written(rerunRestarted)).isEqualTo(rows);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows);
	}

	@Test
	void aSliceWhoseRowsAreTheSameAsWhenItWasReadIsNotReadAgain() {
		Instant start = Instant.parse("2026-03-10T06:00:00Z");
		int rows = 2 * 24;
		for (int i = 0; i < rows; i++) {
			status(start.plus(i, ChronoUnit.HOURS), "wamid." + i);
		}
		assertThat(written(this.reads.run(DAY, false))).isEqualTo(rows);

		// when nothing changed, no slice stores a status again (storing one would fail)
		slowStatuses("RAISE EXCEPTION 'read again';");
		try {
			JobExecution again = this.reads.run(DAY, false);
			assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(written(again)).isZero();
		}
		finally {
			dropSlowStatuses();
		}
		// a row added late to the first slice (received at 06:30) is read with the
		// slice, read whole again: its rows are not the same any more (06:00, 06:30,
		// 07:00, 08:00)
		status(start.plus(30, ChronoUnit.MINUTES), "wamid.late");
		assertThat(written(this.reads.run(DAY, false))).isEqualTo(4);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows + 1);
		// a rerun forgets what the slices found and reads every row again
		assertThat(written(this.reads.run(DAY, true))).isEqualTo(rows + 1);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows + 1);
	}

	@Test
	void theDayBeforeReadAgainAfterTheNightsDateReadsNothing() {
		// given: a second connection in Madrid; the ranges of the 9th and the 10th are 55
		// h, [23:00Z the day before, 06:00Z two days after), cut every 4 h on the grid
		this.scenario.connection("100000000000002", WABA, "34910000000", "Churros Sol", "Europe/Madrid");
		assertThat(this.reader.window(DAY.minusDays(1))).isEqualTo(
				new WebhookReader.Window(Instant.parse("2026-03-08T23:00:00Z"), Instant.parse("2026-03-11T06:00:00Z")));
		// the night of the 9th (08:30Z on the 10th in Mexico City) reads what came so far
		Instant first = Instant.parse("2026-03-08T23:00:00Z");
		for (Instant at = first; at
			.isBefore(Instant.parse("2026-03-10T08:30:00Z")); at = at.plus(1, ChronoUnit.HOURS)) {
			status(at, "wamid." + at);
		}
		long before = written(this.reads.run(DAY.minusDays(1), false));
		// the next day's rows come, and the night of the 10th reads its date
		for (Instant at = Instant.parse("2026-03-10T09:00:00Z"); at
			.isBefore(Instant.parse("2026-03-11T08:30:00Z")); at = at.plus(1, ChronoUnit.HOURS)) {
			status(at, "wamid." + at);
		}
		long tonight = written(this.reads.run(DAY, false));
		// when: the backfill reads the 9th again to compute it final, with storing a
		// status failing
		slowStatuses("RAISE EXCEPTION 'read again';");
		JobExecution again;
		try {
			again = this.reads.run(DAY.minusDays(1), false);
		}
		finally {
			dropSlowStatuses();
		}
		// then: nothing is read again, its last slice ([04:00Z, 08:00Z) on the 11th, out
		// past its range's end) included: the night of the 10th read it whole
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(written(again)).isZero();
		// the night of the 9th read its 34 rows (to 08:00Z on the 10th); the night of
		// the 10th read whole the slice [08:00Z, 12:00Z) on the 10th, which got new rows,
		// and the 21 after it: 25
		assertThat(before).isEqualTo(34);
		assertThat(tonight).isEqualTo(25);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(58);
	}

	/** Reads the date with storing the status received at 12:00 failing. */
	private JobExecution readFailingAtNoon(boolean reread) {
		slowStatuses("""
				IF NEW.received_at = '2026-03-10T12:00:00Z' THEN
				    RAISE EXCEPTION 'backend died';
				END IF;""");
		try {
			return this.reads.run(DAY, reread);
		}
		finally {
			dropSlowStatuses();
		}
	}

	/** Makes storing every status read run the PL/pgSQL {@code work} first. */
	private void slowStatuses(String work) {
		this.jdbc.execute("""
				CREATE FUNCTION slow_status() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    %s
				    RETURN NEW;
				END $$;
				CREATE TRIGGER slow_status BEFORE INSERT ON webhook_status
				    FOR EACH ROW EXECUTE FUNCTION slow_status()""".formatted(work));
	}

	private void dropSlowStatuses() {
		this.jdbc.execute("DROP TRIGGER slow_status ON webhook_status; DROP FUNCTION slow_status()");
	}

	private void status(Instant receivedAt, String wamid) {
		this.scenario.status(receivedAt.toString(), WABA, PHONE, wamid, "sent", null);
	}

	private static List<StepExecution> partitions(JobExecution execution, BatchStatus status) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().contains(":") && step.getStatus() == status)
			.toList();
	}

	private List<Long> statusesPerRow() {
		return this.jdbc.queryForList("SELECT count(*) FROM webhook_status GROUP BY event_id", Long.class);
	}

}
