package io.wascorecards.batch;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * After each partition: its exit message in the job repository
 * ({@code batch_step_execution.exit_message}) says which process ran it, here or on a
 * worker ({@code scorecards.remote.worker-name}).
 */
final class RanOnListener implements StepExecutionListener {

	private final String processName;

	RanOnListener(String processName) {
		this.processName = processName;
	}

	@Override
	public ExitStatus afterStep(StepExecution partition) {
		return partition.getExitStatus().addExitDescription("ran on " + this.processName);
	}

}
