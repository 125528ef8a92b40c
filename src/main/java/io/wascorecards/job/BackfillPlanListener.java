package io.wascorecards.job;

import java.time.Instant;
import java.time.LocalDate;

import io.wascorecards.kpi.BackfillDays;
import io.wascorecards.kpi.ConnectionSelection;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Decides, when a run starts, the days it computes again besides its date
 * ({@link BackfillDays}), in the job's execution context: {@code webhookRead} reads their
 * webhooks and {@code kpiBackfill} computes their KPIs from that list, and the run's
 * restarts keep it.
 */
final class BackfillPlanListener implements JobExecutionListener {

	private final BackfillDays days;

	private final JobRepository jobRepository;

	BackfillPlanListener(BackfillDays days, JobRepository jobRepository) {
		this.days = days;
		this.jobRepository = jobRepository;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		if (context.containsKey(BackfillDays.KEY)) {
			return; // a restart: the days decided when the run started
		}
		JobParameters parameters = execution.getJobParameters();
		context.putString(BackfillDays.KEY,
				BackfillDays
					.format(this.days.find(LocalDate.parse(parameters.getString(JobParameterNames.BUSINESS_DATE)),
							Instant.parse(parameters.getString(JobParameterNames.AS_OF)),
							ConnectionSelection.parse(parameters.getString(JobParameterNames.CONNECTIONS)))));
		this.jobRepository.updateExecutionContext(execution);
	}

}
