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
 * @param emailRetry for a date already scored, the retry of its undelivered e-mails, or
 * {@code null}
 */
public record RunOutcome(LocalDate businessDate, JobExecution execution, boolean alreadyCompleted,
		JobExecution emailRetry) {

	public RunOutcome(LocalDate businessDate, JobExecution execution, boolean alreadyCompleted) {
		this(businessDate, execution, alreadyCompleted, null);
	}

	public boolean succeeded() {
		return this.execution.getStatus() == BatchStatus.COMPLETED
				&& (this.emailRetry == null || this.emailRetry.getStatus() == BatchStatus.COMPLETED);
	}

}
