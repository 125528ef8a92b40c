package io.wascorecards.job;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * A run of one date asked of the launcher, as {@code run_request} records it, and what
 * became of it: queued (no execution, no refusal), carried out by its job execution,
 * refused, or found already scored (the execution that had scored it, and a refusal that
 * says so).
 *
 * @param id its row of {@code run_request}
 * @param request what was asked, for this date; its instant is the run's once it started
 * @param requestedBy who asked: {@code command line}, {@code scheduler} or
 * {@code api:<user>}
 * @param requestedAt when
 * @param execution the job execution that carried it out (or that had already scored the
 * date), {@code null} before it starts or when it was refused
 * @param emailRetry for a date already scored, the retry of its undelivered e-mails, or
 * {@code null}
 * @param refusal why it was not started (nothing is recomputed for a date already
 * scored), else {@code null}
 */
public record RunOutcome(long id, RunRequest request, String requestedBy, Instant requestedAt, JobExecution execution,
		JobExecution emailRetry, String refusal) {

	public LocalDate businessDate() {
		return this.request.from();
	}

	/**
	 * Whether the date had already been scored, so that nothing was recomputed.
	 * @return whether it had
	 */
	public boolean alreadyCompleted() {
		return this.execution != null && this.refusal != null;
	}

	public boolean succeeded() {
		return this.execution != null && this.execution.getStatus() == BatchStatus.COMPLETED
				&& (this.emailRetry == null || this.emailRetry.getStatus() == BatchStatus.COMPLETED);
	}

	RunOutcome started(JobExecution started, Instant asOf) {
		return new RunOutcome(this.id, this.request.withAsOf(asOf), this.requestedBy, this.requestedAt, started, null,
				null);
	}

	RunOutcome alreadyScored(JobExecution scored, JobExecution retry, String note) {
		return new RunOutcome(this.id, this.request, this.requestedBy, this.requestedAt, scored, retry, note);
	}

}
