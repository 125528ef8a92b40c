package io.wascorecards.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.wascorecards.cli.BenchmarkReport.Floor;
import io.wascorecards.cli.BenchmarkReport.Measurement;
import io.wascorecards.cli.BenchmarkReport.PartitionTimes;
import io.wascorecards.demo.GenerationRequest;
import io.wascorecards.demo.SyntheticDataGenerator;
import io.wascorecards.job.RunOutcome;
import io.wascorecards.job.RunRequest;
import io.wascorecards.job.ScorecardJobLauncher;
import io.wascorecards.webhook.WebhookReader;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The {@code bench} command (SPEC §9): on a fresh database, a day of synthetic traffic
 * scored as the first night, the next day as the nightly run scores it (the night before
 * already scored) and then as the administrator's {@code rerun} of that date, each job
 * timed phase by phase against the floor (one plain aggregate scan of the same rows);
 * then a nightly run of a day with a tenth of the messages, to show how the cost scales.
 */
final class Benchmark {

	/**
	 * Before a nightly run: a day has passed, autovacuum has been through every table.
	 */
	private static final String ALL_TABLES = "VACUUM ANALYZE";

	/** The tables the floor scans, which the job does not write. */
	private static final String FLOOR_TABLES = "VACUUM ANALYZE wa_message, wa_webhook_event";

	/** How much smaller the second day is. */
	private static final int SCALE = 10;

	private final SyntheticDataGenerator generator;

	private final ScorecardJobLauncher launcher;

	private final NamedParameterJdbcTemplate jdbc;

	private final PrintStream out;

	private final WebhookReader webhooks;

	private final Duration answerWindow;

	Benchmark(SyntheticDataGenerator generator, ScorecardJobLauncher launcher, NamedParameterJdbcTemplate jdbc,
			WebhookReader webhooks, Duration answerWindow, PrintStream out) {
		this.webhooks = webhooks;
		this.answerWindow = answerWindow;
		this.generator = generator;
		this.launcher = launcher;
		this.jdbc = jdbc;
		this.out = out;
	}

	int run(int connections, int messagesPerDay, LocalDate date) {
		this.out.printf("Benchmark: %,d connections, %,d messages a day from %s to %s%n", connections, messagesPerDay,
				date.minusDays(1), date.plusDays(1));
		generate(connections, messagesPerDay, date);
		// nothing computed before it: its run also computes the earlier days its
		// windows need (they have no traffic)
		this.out.println("  first night: " + date.minusDays(1));
		Measurement firstNight = measure(date.minusDays(1), messagesPerDay, ALL_TABLES,
				() -> nightly(date.minusDays(1)));
		// as every night, it also computes again the day before, which was provisional
		// the night before
		this.out.println("  nightly run: " + date);
		Measurement nightly = measure(date, messagesPerDay, ALL_TABLES, () -> nightly(date));
		// what rerun --from --to asks after a data fix, the morning after: on the tables
		// as the nightly run left them (only the floor's are vacuumed, for the floor)
		this.out.println("  rerun: " + date);
		Measurement rerun = measure(date, messagesPerDay, FLOOR_TABLES, () -> this.launcher
			.rerun(RunRequest.rerun(date, date, List.of(), nightAfter(date).plus(Duration.ofHours(6)), true, false))
			.get(0));
		LocalDate smallDate = date.plusDays(40);
		int smallMessages = Math.max(1, messagesPerDay / SCALE);
		generate(connections, smallMessages, smallDate);
		this.out.println("  nightly run: " + smallDate + " (after " + smallDate.minusDays(1) + ", not measured)");
		nightly(smallDate.minusDays(1));
		Measurement small = measure(smallDate, smallMessages, ALL_TABLES, () -> nightly(smallDate));
		new BenchmarkReport(this.out).print(nightly, rerun, firstNight, small,
				(measured) -> partitions(measured.outcome().execution().getId()));
		boolean succeeded = List.of(firstNight, nightly, rerun, small)
			.stream()
			.allMatch((measured) -> measured.outcome().succeeded());
		return succeeded ? 0 : 1;
	}

	/** Generates the day and its neighbours. */
	private void generate(int connections, int messagesPerDay, LocalDate date) {
		this.out.println("  " + this.generator
			.generate(new GenerationRequest(date.minusDays(1), date.plusDays(1), connections, messagesPerDay, 1))
			.describe());
	}

	private RunOutcome nightly(LocalDate date) {
		return this.launcher.run(date, nightAfter(date), true);
	}

	/**
	 * Vacuums, times the floor of the date, then the job, and the job's peak heap.
	 */
	private Measurement measure(LocalDate date, int messagesPerDay, String vacuum, Supplier<RunOutcome> job) {
		this.jdbc.getJdbcTemplate().execute(vacuum);
		Floor floor = floor(date);
		System.gc();
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
		RunOutcome outcome = job.get();
		long peakHeap = heapPools().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		return new Measurement(date, messagesPerDay, floor, outcome, peakHeap);
	}

	/** The instant a nightly run scores a date: 02:30 UTC the day after. */
	private static Instant nightAfter(LocalDate date) {
		return date.plusDays(1).atTime(2, 30).toInstant(ZoneOffset.UTC);
	}

	/**
	 * One plain aggregate scan of the rows the KPI phase reads: the day's webhook rows
	 * (those {@link WebhookReader#window} names) and its messages.
	 */
	private Floor floor(LocalDate date) {
		// the webhook rows the day reads, and its messages from an answer window earlier
		// (threads that began the day before)
		WebhookReader.Window window = this.webhooks.window(date);
		Map<String, Object> webhookRange = Map.of("from", Timestamp.from(window.from()), "to",
				Timestamp.from(window.to()));
		Map<String, Object> messageRange = Map.of("from", Timestamp.from(window.from().minus(this.answerWindow)), "to",
				Timestamp.from(window.to()));
		long started = System.nanoTime();
		// every row and its content is read: the bodies, and the stored size of each
		// payload
		Map<String, Object> messages = this.jdbc.queryForMap("""
				SELECT count(*) AS n, sum(octet_length(body)) AS bytes FROM wa_message
				WHERE created_at >= :from AND created_at < :to""", messageRange);
		Map<String, Object> webhooks = this.jdbc.queryForMap("""
				SELECT count(*) AS n, sum(pg_column_size(payload)) AS bytes FROM wa_webhook_event
				WHERE received_at >= :from AND received_at < :to""", webhookRange);
		return new Floor(((Number) messages.get("n")).longValue(), ((Number) webhooks.get("n")).longValue(),
				Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * The partitions of a job, per partitioned step in the job's order: how many, their
	 * time added up, the longest, from the first start to the last end, and the processes
	 * that ran them (each partition's exit message says).
	 */
	private List<PartitionTimes> partitions(long jobExecutionId) {
		return this.jdbc.query("""
				WITH p AS (SELECT step_execution_id, split_part(step_name, ':', 1) AS step, start_time, end_time,
				                  extract(epoch FROM end_time - start_time) AS seconds,
				                  coalesce(substring(exit_message FROM 'ran on ([^;]+)'), '?') AS ran_on
				           FROM batch_step_execution
				           WHERE job_execution_id = :id AND step_name LIKE '%:%' AND end_time IS NOT NULL),
				     w AS (SELECT step, ran_on, count(*) AS n FROM p GROUP BY step, ran_on)
				SELECT step, count(*) AS partitions, sum(seconds) AS busy, max(seconds) AS longest,
				       extract(epoch FROM max(end_time) - min(start_time)) AS span,
				       (SELECT string_agg(w.ran_on || ' ' || w.n, ', ' ORDER BY w.ran_on) FROM w
				        WHERE w.step = p.step) AS ran_on
				FROM p GROUP BY step ORDER BY min(step_execution_id)""", Map.of("id", jobExecutionId),
				(row, i) -> new PartitionTimes(row.getString("step"), row.getInt("partitions"), row.getDouble("busy"),
						row.getDouble("longest"), row.getDouble("span"), row.getString("ran_on")));
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

}
