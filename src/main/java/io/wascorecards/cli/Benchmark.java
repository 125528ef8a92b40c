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

import io.wascorecards.demo.GenerationRequest;
import io.wascorecards.demo.GenerationSummary;
import io.wascorecards.demo.SyntheticDataGenerator;
import io.wascorecards.job.RunOutcome;
import io.wascorecards.batch.StepNames;
import io.wascorecards.job.ScorecardJobLauncher;
import io.wascorecards.webhook.WebhookReader;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The {@code bench} command (SPEC §9): on a fresh database, a day of synthetic traffic
 * scored as a night after a night, each phase timed against the floor (one plain
 * aggregate scan of the same rows), then the same for a day with a tenth of the messages
 * to show how the cost scales.
 */
final class Benchmark {

	/** The steps of the KPI phase: reading the webhooks and computing the KPIs. */
	private static final String[] KPI_PHASE = { StepNames.WEBHOOK_READ, StepNames.DAILY_KPIS, StepNames.KPI_BACKFILL };

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
		this.out.printf("Benchmark: %,d connections, %,d messages a day; the figures are for %s, scored after"
				+ " the night before%n", connections, messagesPerDay, date);
		Day full = day(connections, messagesPerDay, date);
		Day small = day(connections, Math.max(1, messagesPerDay / SCALE), date.plusDays(40));
		print(full, small);
		return (full.outcome.succeeded() && small.outcome.succeeded()) ? 0 : 1;
	}

	/**
	 * Generates the day and its neighbours, scores the day before, then measures the day.
	 */
	private Day day(int connections, int messagesPerDay, LocalDate date) {
		GenerationSummary generated = this.generator
			.generate(new GenerationRequest(date.minusDays(1), date.plusDays(1), connections, messagesPerDay, 1));
		this.out.println("  " + generated.describe());
		this.out.println("  scoring " + date.minusDays(1) + " first (not measured: the first night also computes"
				+ " the days its windows need)");
		this.launcher.run(date.minusDays(1), nightAfter(date.minusDays(1)), true);
		this.jdbc.getJdbcTemplate().execute("VACUUM ANALYZE");
		Floor floor = floor(date);
		System.gc();
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
		// as the nightly run does: it also computes again the day before, which was
		// provisional the night before
		RunOutcome outcome = this.launcher.run(date, nightAfter(date), true);
		long peakHeap = heapPools().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		return new Day(date, messagesPerDay, floor, outcome, peakHeap);
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

	private void print(Day full, Day small) {
		this.out.println();
		this.out.printf("%-36s %12s %12s%n", "", full.date, small.date);
		this.out.printf("%-36s %,12d %,12d%n", "messages of the day", full.messagesPerDay, small.messagesPerDay);
		this.out.printf("%-36s %,12d %,12d%n", "rows scanned by the floor", full.floor.rows(), small.floor.rows());
		row("floor: one aggregate scan", full.floor.took, small.floor.took, full, small);
		row("KPI phase (read webhooks, KPIs)", full.steps(KPI_PHASE), small.steps(KPI_PHASE), full, small);
		row("scoring", full.steps(StepNames.SCORECARDS), small.steps(StepNames.SCORECARDS), full, small);
		row("rendering (scorecards, portfolios)", full.steps(StepNames.SCORECARD_PDFS, StepNames.PORTFOLIO_PDFS),
				small.steps(StepNames.SCORECARD_PDFS, StepNames.PORTFOLIO_PDFS), full, small);
		row("delivery (outbox or SMTP)", full.steps(StepNames.EMAILS), small.steps(StepNames.EMAILS), full, small);
		row("whole job", full.job(), small.job(), full, small);
		this.out.printf("%-36s %12.1f %12.1f%n", "PDFs per second", full.pdfsPerSecond(), small.pdfsPerSecond());
		this.out.printf("%-36s %9d MB %9d MB   (max heap %d MB)%n", "peak heap during the job", full.peakHeap >> 20,
				small.peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
		double rows = (double) full.floor.rows() / small.floor.rows();
		this.out.printf(
				"%nScaling: %.1f× the rows took %.1f× the time in the KPI phase and %.1f× for the whole job"
						+ " (linear: at most %.1f×).%n",
				rows, seconds(full.steps(KPI_PHASE)) / seconds(small.steps(KPI_PHASE)),
				seconds(full.job()) / seconds(small.job()), rows * 1.1);
		this.out.printf("KPI phase against the floor: %.2f× (target at most 2×).%n",
				seconds(full.steps(KPI_PHASE)) / seconds(full.floor.took));
	}

	private void row(String what, Duration full, Duration small, Day fullDay, Day smallDay) {
		this.out.printf("%-36s %9.1f s  %9.1f s   (%.2f× / %.2f× the floor)%n", what, seconds(full), seconds(small),
				seconds(full) / seconds(fullDay.floor.took), seconds(small) / seconds(smallDay.floor.took));
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

	private record Floor(long messages, long webhooks, Duration took) {

		long rows() {
			return this.messages + this.webhooks;
		}

	}

	private record Day(LocalDate date, int messagesPerDay, Floor floor, RunOutcome outcome, long peakHeap) {

		Duration steps(String... names) {
			Duration total = Duration.ZERO;
			for (StepExecution step : this.outcome.execution().getStepExecutions()) {
				if (List.of(names).contains(step.getStepName()) && step.getEndTime() != null) {
					total = total.plus(Duration.between(step.getStartTime(), step.getEndTime()));
				}
			}
			return total;
		}

		Duration job() {
			JobExecution execution = this.outcome.execution();
			return Duration.between(execution.getStartTime(), execution.getEndTime());
		}

		double pdfsPerSecond() {
			long pdfs = this.outcome.execution()
				.getStepExecutions()
				.stream()
				.filter((step) -> step.getStepName().equals(StepNames.SCORECARD_PDFS))
				.mapToLong(StepExecution::getWriteCount)
				.sum();
			return pdfs / seconds(steps(StepNames.SCORECARD_PDFS));
		}

	}

}
