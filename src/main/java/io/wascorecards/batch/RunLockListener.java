package io.wascorecards.batch;

import java.time.LocalDate;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Before each step and partition: the run still holds its date's lock ({@link RunLock}).
 */
class RunLockListener implements StepExecutionListener {

	@Override
	public void beforeStep(StepExecution stepExecution) {
		String date = stepExecution.getJobParameters().getString(JobParameterNames.BUSINESS_DATE);
		if (date != null) {
			RunLock.checkStillHeld(LocalDate.parse(date));
		}
	}

}
