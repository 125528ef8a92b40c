package io.wascorecards.kpi;

import java.time.LocalDate;
import java.util.List;

import io.wascorecards.batch.RunParameters;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Decides, when a run starts, the days it computes again besides its date
 * ({@link BackfillDays}), in the job's execution context: {@code webhookRead} reads their
 * webhooks and {@code kpiBackfill} computes their KPIs from that list, and the run's
 * restarts keep it. With them, the days of the opt-out look-backs never extracted
 * ({@link OptoutDays}), whose webhooks are read too.
 */
public final class BackfillPlanListener implements JobExecutionListener {

	private final BackfillDays days;

	private final OptoutDays optoutDays;

	private final JobRepository jobRepository;

	BackfillPlanListener(BackfillDays days, OptoutDays optoutDays, JobRepository jobRepository) {
		this.days = days;
		this.optoutDays = optoutDays;
		this.jobRepository = jobRepository;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		if (context.containsKey(BackfillDays.KEY)) {
			return; // a restart: the days decided when the run started
		}
		RunParameters run = RunParameters.from(execution.getJobParameters());
		LocalDate date = run.businessDate();
		List<LocalDate> backfill = this.days.find(date, run.asOf(), run.connections());
		context.putString(BackfillDays.KEY, BackfillDays.format(backfill));
		context.putString(OptoutDays.KEY, BackfillDays
			.format(this.optoutDays.unread(date, backfill).stream().filter((day) -> !backfill.contains(day)).toList()));
		this.jobRepository.updateExecutionContext(execution);
	}

}
