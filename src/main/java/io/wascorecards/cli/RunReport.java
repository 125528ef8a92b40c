package io.wascorecards.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import io.wascorecards.job.RunOutcome;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The summary table printed at the end of {@code run} and {@code rerun}.
 */
final class RunReport {

	private RunReport() {
	}

	/**
	 * Prints one block per date and its steps.
	 * @param out where to print
	 * @param outcomes the dates run
	 * @return the exit code: 0 when every date completed, else 1
	 */
	static int print(PrintStream out, List<RunOutcome> outcomes) {
		out.printf("%n%-12s %-6s %-10s %-14s %9s %9s %8s %9s%n", "date", "run", "status", "step", "written",
				"set aside", "seconds", "per sec");
		for (RunOutcome outcome : outcomes) {
			print(out, outcome.businessDate().toString(), outcome.execution());
			if (outcome.emailRetry() != null) {
				print(out, "  e-mails", outcome.emailRetry());
			}
		}
		out.flush();
		return outcomes.stream().allMatch(RunOutcome::succeeded) ? 0 : 1;
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
			undelivered += step.getStepName().equals("emails") ? step.getFilterCount() : 0;
		}
		if (undelivered > 0) {
			out.println("  " + undelivered + " e-mail(s) could not be delivered (see email_delivery); run the same"
					+ " command again to send them.");
		}
		if (execution.getStatus() != BatchStatus.COMPLETED && execution.getExitStatus() != null) {
			String description = execution.getExitStatus().getExitDescription();
			out.println("  failed: " + description.lines().findFirst().orElse(""));
		}
	}

}
