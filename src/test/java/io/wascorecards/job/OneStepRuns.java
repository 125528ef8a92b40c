package io.wascorecards.job;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import io.wascorecards.batch.JobParameterNames;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Runs one step of the daily job alone, as a job of its own with the parameters of a run
 * of a date (and none of the daily job's listeners: no day is computed again): for the
 * tests of a step. Each call is a new run, unless {@link #restart} says otherwise.
 */
public final class OneStepRuns {

	private static final AtomicLong RUNS = new AtomicLong();

	private final JobOperator jobOperator;

	private final Job job;

	public OneStepRuns(JobOperator jobOperator, JobRepository jobRepository, Step step) {
		this.jobOperator = jobOperator;
		this.job = new JobBuilder("oneStep-" + step.getName(), jobRepository).start(step).build();
	}

	/**
	 * Runs the step for a date as a new run.
	 * @param businessDate the date
	 * @param rereadWebhooks whether the run reads the date's webhooks again (a rerun)
	 * @return the execution, ended
	 */
	public JobExecution run(LocalDate businessDate, boolean rereadWebhooks) {
		return start(new JobParametersBuilder().addString(JobParameterNames.BUSINESS_DATE, businessDate.toString())
			.addLong(JobParameterNames.RUN_NUMBER, RUNS.incrementAndGet())
			.addString(JobParameterNames.REREAD_WEBHOOKS, Boolean.toString(rereadWebhooks), false)
			.toJobParameters());
	}

	/**
	 * Runs a run again, as {@code run} resumes a failed one.
	 * @param execution the run's last execution, failed
	 * @return the new execution, ended
	 */
	public JobExecution restart(JobExecution execution) {
		return start(execution.getJobParameters());
	}

	private JobExecution start(JobParameters parameters) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.jobOperator.start(this.job, parameters);
			}
			catch (ConcurrencyFailureException ex) {
				// two runs starting at once: the repository creates their instances in
				// serializable transactions, and one of them may be asked to try again
				if (attempt == 3) {
					throw ex;
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * What the step (not its partitions) wrote.
	 * @param execution the execution
	 * @return its write count
	 */
	public static long written(JobExecution execution) {
		return step(execution).getWriteCount();
	}

	/**
	 * What the step (not its partitions) set aside.
	 * @param execution the execution
	 * @return its filter count
	 */
	public static long setAside(JobExecution execution) {
		return step(execution).getFilterCount();
	}

	private static StepExecution step(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> !step.getStepName().contains(":"))
			.findFirst()
			.orElseThrow();
	}

}
