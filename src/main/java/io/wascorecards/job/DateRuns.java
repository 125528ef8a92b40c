package io.wascorecards.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

import io.wascorecards.batch.JobParameterNames;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The run of a date that {@code run} resumes or finds already scored, found through the
 * runs recorded in {@code run_request}, and the recovery of what a process that died left
 * unfinished in it.
 */
@Component
class DateRuns {

	private final RunRequests requests;

	private final JobRepository jobRepository;

	DateRuns(RunRequests requests, JobRepository jobRepository) {
		this.requests = requests;
		this.jobRepository = jobRepository;
	}

	/**
	 * The identifying parameters of a run: its job instance.
	 * @param date the business date
	 * @param runNumber 0 for the first run of the date, then 1, 2, …
	 * @return the parameters
	 */
	static JobParameters identifying(LocalDate date, long runNumber) {
		return new JobParametersBuilder().addString(JobParameterNames.BUSINESS_DATE, date.toString())
			.addLong(JobParameterNames.RUN_NUMBER, runNumber)
			.toJobParameters();
	}

	/**
	 * The last execution of the newest run of all connections of a date.
	 * @param date the date
	 * @return it, or {@code null} when the date has none
	 */
	JobExecution last(LocalDate date) {
		// a run whose launch failed before its job instance was created is passed over
		for (long run : this.requests.runsOfAllConnections(date)) {
			JobExecution last = this.jobRepository.getLastJobExecution(JobParameterNames.JOB_NAME,
					identifying(date, run));
			if (last != null) {
				return last;
			}
		}
		return null;
	}

	/**
	 * Marks as failed what a run whose process is gone left running or {@code UNKNOWN},
	 * so that it can be resumed. Spring Batch restarts neither an execution nor a step
	 * (partitions included) in those states, and it records {@code UNKNOWN} when it could
	 * not record how a step ended (its database connections were lost, say);
	 * {@code JobOperator.recover} marks only the running ones and leaves {@code UNKNOWN}
	 * as it is. Called with the date's lock held: no process runs the date any more. Each
	 * update is a transaction of its own; a recovery cut short is finished by the next
	 * run of the date.
	 * @param execution the run's last execution
	 */
	void markUnfinishedFailed(JobExecution execution) {
		for (StepExecution step : execution.getStepExecutions()) {
			if (unfinished(step.getStatus())) {
				step.setExitStatus(recovered(step.getStatus(), step.getExitStatus()));
				step.setStatus(BatchStatus.FAILED);
				step.setEndTime(Objects.requireNonNullElseGet(step.getEndTime(), LocalDateTime::now));
				this.jobRepository.update(step);
			}
		}
		if (unfinished(execution.getStatus())) {
			execution.setExitStatus(recovered(execution.getStatus(), execution.getExitStatus()));
			execution.setStatus(BatchStatus.FAILED);
			execution.setEndTime(Objects.requireNonNullElseGet(execution.getEndTime(), LocalDateTime::now));
			this.jobRepository.update(execution);
		}
	}

	private static boolean unfinished(BatchStatus status) {
		return status == BatchStatus.UNKNOWN || status.isRunning();
	}

	private static ExitStatus recovered(BatchStatus status, ExitStatus exit) {
		// first, so that the repository's cut of a long description keeps it
		return new ExitStatus(ExitStatus.FAILED.getExitCode(), "Recovered: left " + status
				+ " by a process that ended without recording the outcome; marked FAILED by the next run of the date")
			.addExitDescription((exit != null) ? exit.getExitDescription() : "");
	}

}
