package io.wascorecards.job;

import java.time.LocalDate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * What became of one date of a request.
 *
 * @param businessDate the date
 * @param execution the job execution that ran (or that had already completed)
 * @param alreadyCompleted whether the date had already been scored and nothing was
 * recomputed
 */
public record RunOutcome(LocalDate businessDate, JobExecution execution, boolean alreadyCompleted) {

	public boolean succeeded() {
		return this.execution.getStatus() == BatchStatus.COMPLETED;
	}

}
