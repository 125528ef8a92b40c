package io.wascorecards.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import io.wascorecards.job.RunOutcome;

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
			out.printf("%-12s %-6d %-10s%n", outcome.businessDate(), outcome.execution().getId(),
					outcome.execution().getStatus());
			for (StepExecution step : outcome.execution().getStepExecutions()) {
				if (step.getStepName().contains(":")) {
					continue; // a partition: its total is on the partitioned step
				}
				Duration took = (step.getStartTime() != null && step.getEndTime() != null)
						? Duration.between(step.getStartTime(), step.getEndTime()) : Duration.ZERO;
				double seconds = took.toMillis() / 1000.0;
				String rate = (seconds > 0) ? "%.1f".formatted(step.getWriteCount() / seconds) : "";
				out.printf("%-12s %-6s %-10s %-14s %9d %9d %8.1f %9s%n", "", "", step.getStatus(), step.getStepName(),
						step.getWriteCount(), step.getFilterCount(), seconds, rate);
			}
			if (!outcome.succeeded() && outcome.execution().getExitStatus() != null) {
				String description = outcome.execution().getExitStatus().getExitDescription();
				out.println("  failed: " + description.lines().findFirst().orElse(""));
			}
		}
		out.flush();
		return outcomes.stream().allMatch(RunOutcome::succeeded) ? 0 : 1;
	}

}
