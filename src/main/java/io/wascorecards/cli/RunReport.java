package io.wascorecards.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.wascorecards.job.RunOutcome;
import io.wascorecards.batch.StepNames;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.NestedExceptionUtils;

/**
 * The summary table printed at the end of {@code run} and {@code rerun}.
 */
final class RunReport {

	private RunReport() {
	}

	/**
	 * Prints one block per date and its steps, and for each date that failed one line on
	 * {@code err} naming the step and the cause.
	 * @param out where to print the table
	 * @param err where to say what failed
	 * @param outcomes the dates run
	 * @return the exit code: 0 when every date completed, else 1
	 */
	static int print(PrintStream out, PrintStream err, List<RunOutcome> outcomes) {
		out.printf("%n%-12s %-6s %-10s %-14s %9s %9s %8s %9s%n", "date", "run", "status", "step", "written",
				"set aside", "seconds", "per sec");
		for (RunOutcome outcome : outcomes) {
			print(out, outcome.businessDate().toString(), outcome.execution());
			if (outcome.emailRetry() != null) {
				print(out, "  e-mails", outcome.emailRetry());
			}
		}
		out.flush();
		for (RunOutcome outcome : outcomes) {
			for (JobExecution execution : new JobExecution[] { outcome.execution(), outcome.emailRetry() }) {
				if (execution != null && execution.getStatus() != BatchStatus.COMPLETED) {
					err.println("wa-scorecards: run " + execution.getId() + " of " + outcome.businessDate() + " "
							+ failure(execution) + " (details in the log file; run the same command again to resume)");
				}
			}
		}
		return outcomes.stream().allMatch(RunOutcome::succeeded) ? 0 : 1;
	}

	/**
	 * What failed: the step (and partition) and the most specific cause, on one line.
	 */
	static String failure(JobExecution execution) {
		List<StepExecution> failed = execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStatus().isUnsuccessful())
			.sorted(Comparator.comparing(StepExecution::getId))
			.toList();
		Optional<StepExecution> step = failed.stream().filter((s) -> !s.getStepName().contains(":")).findFirst();
		// a partition holds the cause; the partitioned step only says a partition failed
		Optional<StepExecution> cause = failed.stream()
			.filter((s) -> s.getStepName().contains(":"))
			.findFirst()
			.or(() -> step);
		String where = step.map((s) -> "failed in step " + s.getStepName()).orElse("ended " + execution.getStatus());
		if (cause.isPresent() && step.isPresent() && cause.get() != step.get()) {
			where += " (" + cause.get().getStepName() + ")";
		}
		String why = cause.map(RunReport::reason)
			.or(() -> execution.getFailureExceptions().stream().findFirst().map(RunReport::message))
			.orElse(firstLine(execution.getExitStatus().getExitDescription()));
		return where + ": " + why;
	}

	private static String reason(StepExecution step) {
		return step.getFailureExceptions()
			.stream()
			.findFirst()
			.map(RunReport::message)
			.orElse(firstLine(step.getExitStatus().getExitDescription()));
	}

	private static String message(Throwable ex) {
		return firstLine(NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
	}

	private static String firstLine(String text) {
		return CommandLineApplication.firstLine(text);
	}

	private static void print(PrintStream out, String label, JobExecution execution) {
		out.printf("%-12s %-6d %-10s%n", label, execution.getId(), execution.getStatus());
		long undelivered = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStepName().contains(":")) {
				continue; // a partition: its total is on the partitioned step
			}
			Duration took = (step.getStartTime() != null && step.getEndTime() != null)
					? Duration.between(step.getStartTime(), step.getEndTime()) : Duration.ZERO;
			double seconds = took.toMillis() / 1000.0;
			String rate = (seconds > 0) ? "%.1f".formatted(step.getWriteCount() / seconds) : "";
			out.printf("%-12s %-6s %-10s %-14s %9d %9d %8.1f %9s%n", "", "", step.getStatus(), step.getStepName(),
					step.getWriteCount(), step.getFilterCount(), seconds, rate);
			undelivered += step.getStepName().equals(StepNames.EMAILS) ? step.getFilterCount() : 0;
		}
		if (undelivered > 0) {
			out.println("  " + undelivered + " e-mail(s) could not be delivered (see email_delivery); run the same"
					+ " command again to send them.");
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			out.println("  " + failure(execution));
		}
	}

}
