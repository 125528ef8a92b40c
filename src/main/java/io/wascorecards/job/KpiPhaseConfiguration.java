package io.wascorecards.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.wascorecards.ScorecardsProperties;
import io.wascorecards.kpi.BackfillDays;
import io.wascorecards.kpi.ConnectionRangePartitioner;
import io.wascorecards.kpi.ConnectionSelection;
import io.wascorecards.kpi.DailyKpiCalculator;
import io.wascorecards.kpi.DailyKpiTasklet;
import io.wascorecards.kpi.KpiBackfillPartitioner;
import io.wascorecards.kpi.KpiBackfillTasklet;
import io.wascorecards.kpi.OptoutDays;
import io.wascorecards.scoring.ScoringProperties;
import io.wascorecards.webhook.WebhookReader;
import io.wascorecards.webhook.WebhookSlicePartitioner;
import io.wascorecards.webhook.WebhookSliceTasklet;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The job's KPI phase, three partitioned steps: {@code webhookRead} reads the webhooks of
 * the date and of the days the run computes again, a time slice per partition;
 * {@code dailyKpis} computes the date's KPIs, a range of connections per partition;
 * {@code kpiBackfill} computes the days again, a day's range of connections per
 * partition.
 */
@Configuration(proxyBeanMethods = false)
class KpiPhaseConfiguration {

	private static final String BUSINESS_DATE = "#{jobParameters['" + JobParameterNames.BUSINESS_DATE + "']}";

	private static final String AS_OF = "#{jobParameters['" + JobParameterNames.AS_OF + "']}";

	private static final String CONNECTIONS = "#{jobParameters['" + JobParameterNames.CONNECTIONS + "']}";

	private static final String BACKFILL_DAYS = "#{jobExecutionContext['" + BackfillDays.KEY + "']}";

	private static final String OPTOUT_DAYS = "#{jobExecutionContext['" + OptoutDays.KEY + "']}";

	@Bean
	BackfillDays backfillDays(NamedParameterJdbcTemplate jdbc, ScoringProperties scoring,
			ScorecardsProperties properties) {
		return new BackfillDays(jdbc, scoring.lookbackDays(), properties.earliestDate(), properties.answerWindow());
	}

	@Bean
	BackfillPlanListener backfillPlanListener(BackfillDays backfillDays, OptoutDays optoutDays,
			JobRepository jobRepository) {
		return new BackfillPlanListener(backfillDays, optoutDays, jobRepository);
	}

	@Bean
	Step webhookRead(Steps steps, Step webhookSlice, WebhookSlicePartitioner webhookSlicePartitioner,
			ScorecardsProperties properties) {
		TaskExecutor parallel = Steps.executor("webhookSlice-", properties.threads());
		// a slice read again first forgets what was read from its range, which the
		// claims of another slice could wait on: a rerun reads one slice at a time
		TaskExecutor oneAtATime = Steps.executor("webhookSlice-reread-", 1);
		return steps.partitioned(StepNames.WEBHOOK_READ, webhookSlice, webhookSlicePartitioner, properties.partitions(),
				(manager) -> rereads(manager) ? oneAtATime : parallel);
	}

	private static boolean rereads(StepExecution manager) {
		return Boolean.parseBoolean(manager.getJobParameters().getString(JobParameterNames.REREAD_WEBHOOKS));
	}

	@Bean
	Step webhookSlice(Steps steps, WebhookReader reader) {
		return steps.worker(StepNames.WEBHOOK_SLICE, new WebhookSliceTasklet(reader));
	}

	@Bean
	@StepScope
	WebhookSlicePartitioner webhookSlicePartitioner(WebhookReader reader, @Value(BUSINESS_DATE) String businessDate,
			@Value("#{jobParameters['" + JobParameterNames.REREAD_WEBHOOKS + "']}") String reread,
			@Value(BACKFILL_DAYS) String backfillDays, @Value(OPTOUT_DAYS) String optoutDays,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		List<LocalDate> days = new ArrayList<>(BackfillDays.parse(backfillDays));
		days.addAll(BackfillDays.parse(optoutDays));
		return new WebhookSlicePartitioner(reader, LocalDate.parse(businessDate), days, Boolean.parseBoolean(reread),
				jobExecutionId);
	}

	@Bean
	Step dailyKpis(Steps steps, Step dailyKpi, ConnectionRangePartitioner connectionPartitioner,
			ScorecardsProperties properties) {
		return steps.partitioned(StepNames.DAILY_KPIS, dailyKpi, connectionPartitioner, properties.partitions(),
				properties.threads());
	}

	@Bean
	Step dailyKpi(Steps steps, DailyKpiTasklet dailyKpiTasklet) {
		return steps.worker("dailyKpi", dailyKpiTasklet);
	}

	@Bean
	@StepScope
	DailyKpiTasklet dailyKpiTasklet(DailyKpiCalculator calculator, OptoutDays optoutDays,
			@Value(BUSINESS_DATE) String businessDate, @Value(AS_OF) String asOf,
			@Value(CONNECTIONS) String connections, @Value(BACKFILL_DAYS) String backfillDays) {
		LocalDate date = LocalDate.parse(businessDate);
		return new DailyKpiTasklet(calculator, date, Instant.parse(asOf), ConnectionSelection.parse(connections),
				optoutDays.first(date, BackfillDays.parse(backfillDays)));
	}

	@Bean
	Step kpiBackfill(Steps steps, Step backfillKpi, KpiBackfillPartitioner kpiBackfillPartitioner,
			ScorecardsProperties properties) {
		return steps.partitioned(StepNames.KPI_BACKFILL, backfillKpi, kpiBackfillPartitioner, properties.partitions(),
				properties.threads());
	}

	@Bean
	Step backfillKpi(Steps steps, KpiBackfillTasklet kpiBackfillTasklet) {
		return steps.worker(StepNames.BACKFILL_KPI, kpiBackfillTasklet);
	}

	@Bean
	@StepScope
	KpiBackfillPartitioner kpiBackfillPartitioner(NamedParameterJdbcTemplate jdbc, BackfillDays backfillDays,
			@Value(BACKFILL_DAYS) String days, @Value(AS_OF) String asOf, @Value(CONNECTIONS) String connections) {
		return new KpiBackfillPartitioner(jdbc, backfillDays, BackfillDays.parse(days), Instant.parse(asOf),
				ConnectionSelection.parse(connections));
	}

	@Bean
	@StepScope
	KpiBackfillTasklet kpiBackfillTasklet(DailyKpiCalculator calculator, @Value(AS_OF) String asOf) {
		return new KpiBackfillTasklet(calculator, Instant.parse(asOf));
	}

}
