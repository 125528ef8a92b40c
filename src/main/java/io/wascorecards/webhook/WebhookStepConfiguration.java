package io.wascorecards.webhook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.wascorecards.ScorecardsProperties;
import io.wascorecards.batch.RunParameters;
import io.wascorecards.batch.StepNames;
import io.wascorecards.batch.Steps;
import io.wascorecards.kpi.BackfillDays;
import io.wascorecards.kpi.OptoutDays;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webhook read, {@code webhookRead}: a partitioned step that reads the webhooks of
 * the date and of the days the run computes again (those its plan, {@code kpi}'s
 * {@code BackfillPlanListener}, left in the job's execution context), a time slice per
 * partition.
 */
@Configuration(proxyBeanMethods = false)
class WebhookStepConfiguration {

	private static final String BACKFILL_DAYS = "#{jobExecutionContext['" + BackfillDays.KEY + "']}";

	private static final String OPTOUT_DAYS = "#{jobExecutionContext['" + OptoutDays.KEY + "']}";

	@Bean
	Step webhookRead(Steps steps, Step webhookSlice, WebhookSlicePartitioner webhookSlicePartitioner,
			ScorecardsProperties properties) {
		return steps.partitioned(StepNames.WEBHOOK_READ, webhookSlice, webhookSlicePartitioner, properties.partitions(),
				properties.threads());
	}

	@Bean
	Step webhookSlice(Steps steps, WebhookReader reader) {
		return steps.worker(StepNames.WEBHOOK_SLICE, new WebhookSliceTasklet(reader));
	}

	@Bean
	@StepScope
	WebhookSlicePartitioner webhookSlicePartitioner(WebhookReader reader,
			@Value(RunParameters.OF_THE_STEP) JobParameters parameters, @Value(BACKFILL_DAYS) String backfillDays,
			@Value(OPTOUT_DAYS) String optoutDays, @Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		RunParameters run = RunParameters.from(parameters);
		List<LocalDate> days = new ArrayList<>(BackfillDays.parse(backfillDays));
		days.addAll(BackfillDays.parse(optoutDays));
		return new WebhookSlicePartitioner(reader, run.businessDate(), days, run.rereadWebhooks(), jobExecutionId);
	}

}
