package io.wascorecards.kpi;

import java.time.LocalDate;
import java.util.List;

import io.wascorecards.ScorecardsProperties;
import io.wascorecards.batch.ConnectionRangePartitioner;
import io.wascorecards.batch.RunParameters;
import io.wascorecards.batch.StepNames;
import io.wascorecards.batch.Steps;
import io.wascorecards.scoring.ScoringProperties;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The KPI steps, both partitioned: {@code dailyKpis} computes the date's KPIs and those
 * of the days just before it that the run computes again, a range of connections per
 * partition; {@code kpiBackfill} computes the other days the run computes again, up to
 * {@link BackfillDays#DAYS_PER_PASS} consecutive days and a range of connections per
 * partition. Which days those are is decided when the run starts
 * ({@link BackfillPlanListener}).
 */
@Configuration(proxyBeanMethods = false)
class KpiStepConfiguration {

	private static final String BACKFILL_DAYS = "#{jobExecutionContext['" + BackfillDays.KEY + "']}";

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
	DailyKpiTasklet dailyKpiTasklet(DailyKpiCalculator calculator, BackfillDays backfill, OptoutDays optoutDays,
			@Value(RunParameters.OF_THE_STEP) JobParameters parameters, @Value(BACKFILL_DAYS) String backfillDays) {
		RunParameters run = RunParameters.from(parameters);
		List<LocalDate> days = BackfillDays.parse(backfillDays);
		return new DailyKpiTasklet(calculator, backfill, run, optoutDays.first(run.businessDate(), days), days);
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
			@Value(BACKFILL_DAYS) String days, @Value(RunParameters.OF_THE_STEP) JobParameters parameters) {
		RunParameters run = RunParameters.from(parameters);
		List<LocalDate> apart = BackfillDays.parse(days)
			.stream()
			.filter((day) -> !BackfillDays.withTheDate(run.businessDate(), day))
			.toList();
		return new KpiBackfillPartitioner(jdbc, backfillDays, apart, run.asOf(), run.connections());
	}

	@Bean
	@StepScope
	KpiBackfillTasklet kpiBackfillTasklet(DailyKpiCalculator calculator,
			@Value(RunParameters.OF_THE_STEP) JobParameters parameters) {
		return new KpiBackfillTasklet(calculator, RunParameters.from(parameters).asOf());
	}

}
