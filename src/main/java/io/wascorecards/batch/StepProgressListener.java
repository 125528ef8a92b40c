package io.wascorecards.batch;

import java.time.Duration;
import java.time.LocalDateTime;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Logs when a step starts and what it did when it ends, with its duration.
 */
class StepProgressListener implements StepExecutionListener {

	private static final Log logger = LogFactory.getLog(StepProgressListener.class);

	@Override
	public void beforeStep(StepExecution stepExecution) {
		logger.info("%s: started".formatted(stepExecution.getStepName()));
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		LocalDateTime start = stepExecution.getStartTime();
		Duration took = (start != null) ? Duration.between(start, LocalDateTime.now()) : Duration.ZERO;
		logger.info("%s: %s in %.1f s (set aside %d, written %d)".formatted(stepExecution.getStepName(),
				stepExecution.getStatus(), took.toMillis() / 1000.0, stepExecution.getFilterCount(),
				stepExecution.getWriteCount()));
		return stepExecution.getExitStatus();
	}

}
