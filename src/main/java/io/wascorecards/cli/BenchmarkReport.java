package io.wascorecards.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import io.wascorecards.batch.StepNames;
import io.wascorecards.job.RunOutcome;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The table {@code bench} prints: one column per job measured, each phase in seconds and
 * against that job's floor, then how the cost scaled and the targets of the issue
 * "Performance".
 */
final class BenchmarkReport {

	/** The steps of the KPI phase: reading the webhooks and computing the KPIs. */
	private static final String[] KPI_PHASE = { StepNames.WEBHOOK_READ, StepNames.DAILY_KPIS, StepNames.KPI_BACKFILL };

	private static final String[] RENDERING = { StepNames.SCORECARD_PDFS, StepNames.PORTFOLIO_PDFS };

	/** The jobs measured, the table's columns. */
	private static final List<String> JOBS = List.of("nightly", "rerun", "first night", "small nightly");

	private static final String LABEL = "%-36s";

	private static final String CELL = " %16s";

	private final PrintStream out;

	BenchmarkReport(PrintStream out) {
		this.out = out;
	}

	/**
	 * Prints the table, then each job's partitions.
	 * @param partitions the partitions of a job measured
	 */
	void print(Measurement nightly, Measurement rerun, Measurement firstNight, Measurement small,
			Function<Measurement, List<PartitionTimes>> partitions) {
		List<Measurement> columns = List.of(nightly, rerun, firstNight, small);
		this.out.println();
		line("", JOBS);
		line("", columns.stream().map((measured) -> measured.date().toString()).toList());
		figures("messages of the day", columns, (measured) -> "%,d".formatted(measured.messagesPerDay()));
		figures("rows scanned by the floor", columns, (measured) -> "%,d".formatted(measured.floor().rows()));
		phase("floor: one aggregate scan", columns, (measured) -> measured.floor().took());
		phase("KPI phase (read webhooks, KPIs)", columns, (measured) -> measured.steps(KPI_PHASE));
		phase("scoring", columns, (measured) -> measured.steps(StepNames.SCORECARDS));
		phase("rendering (scorecards, portfolios)", columns, (measured) -> measured.steps(RENDERING));
		phase("delivery (outbox or SMTP)", columns, (measured) -> measured.steps(StepNames.EMAILS));
		phase("whole job", columns, Measurement::job);
		figures("PDFs per second", columns, (measured) -> "%.1f".formatted(measured.pdfsPerSecond()));
		figures("peak heap during the job", columns, (measured) -> "%d MB".formatted(measured.peakHeap() >> 20));
		this.out.printf("(each phase: seconds, and times that job's floor; max heap %d MB)%n",
				Runtime.getRuntime().maxMemory() >> 20);
		double rows = (double) nightly.floor().rows() / small.floor().rows();
		this.out.printf(
				"%nScaling, nightly against small nightly: %.1f× the rows took %.1f× the time in the KPI phase and"
						+ " %.1f× for the whole job (linear: at most %.1f×).%n",
				rows, ratio(nightly, small, (measured) -> measured.steps(KPI_PHASE)),
				ratio(nightly, small, Measurement::job), rows * 1.1);
		this.out.printf(
				"Nightly: KPI phase %.2f× the floor (target at most 5×), whole job %.1f s (target at most"
						+ " 30 s), %.1f PDFs per second (target at least 100).%n",
				nightly.againstFloor(KPI_PHASE), seconds(nightly.job()), nightly.pdfsPerSecond());
		for (int i = 0; i < columns.size(); i++) {
			partitions(JOBS.get(i), columns.get(i), partitions.apply(columns.get(i)));
		}
	}

	/**
	 * The partitions of one job, per partitioned step: what the cost with more workers is
	 * worked out from (README, "Running on several machines").
	 */
	private void partitions(String job, Measurement measured, List<PartitionTimes> steps) {
		this.out.printf("%nPartitions of the %s run of %s (seconds: added up, the longest, first start to last end):%n",
				job, measured.date());
		for (PartitionTimes step : steps) {
			this.out.printf("  %-14s %4d partitions  %8.1f s  %6.1f s  %7.1f s   ran on %s%n", step.step(),
					step.partitions(), step.busy(), step.longest(), step.span(), step.ranOn());
		}
	}

	private void phase(String what, List<Measurement> columns, Function<Measurement, Duration> took) {
		figures(what, columns, (measured) -> "%.1f s %6.2f×".formatted(seconds(took.apply(measured)),
				seconds(took.apply(measured)) / seconds(measured.floor().took())));
	}

	private void figures(String what, List<Measurement> columns, Function<Measurement, String> cell) {
		line(what, columns.stream().map(cell).toList());
	}

	private void line(String what, List<String> cells) {
		this.out.printf(LABEL, what);
		cells.forEach((cell) -> this.out.printf(CELL, cell));
		this.out.println();
	}

	private static double ratio(Measurement larger, Measurement smaller, Function<Measurement, Duration> took) {
		ToDoubleFunction<Measurement> time = (measured) -> seconds(took.apply(measured));
		return time.applyAsDouble(larger) / time.applyAsDouble(smaller);
	}

	static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	/** The floor of a date: the rows it scans and how long it took. */
	record Floor(long messages, long webhooks, Duration took) {

		long rows() {
			return this.messages + this.webhooks;
		}

	}

	/**
	 * The partitions of a partitioned step in one job: how many, their seconds added up,
	 * the longest, from the first start to the last end, and where they ran.
	 */
	record PartitionTimes(String step, int partitions, double busy, double longest, double span, String ranOn) {

	}

	/** A job measured: its date, its floor, what became of it and its peak heap. */
	record Measurement(LocalDate date, int messagesPerDay, Floor floor, RunOutcome outcome, long peakHeap) {

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

		double againstFloor(String... steps) {
			return seconds(steps(steps)) / seconds(this.floor.took());
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
