package io.wascorecards.delivery;

import io.wascorecards.batch.RunParameters;
import io.wascorecards.batch.StepNames;
import io.wascorecards.batch.Steps;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delivery step, {@code emails}: one tasklet that e-mails each account manager the
 * run's reports, the last step of the daily job and the whole of the e-mail retry.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryStepConfiguration {

	@Bean
	Step emails(Steps steps, EmailDeliveryTasklet emailDeliveryTasklet) {
		return steps.single(StepNames.EMAILS, emailDeliveryTasklet);
	}

	@Bean
	@StepScope
	EmailDeliveryTasklet emailDeliveryTasklet(EmailDelivery delivery,
			@Value(RunParameters.OF_THE_STEP) JobParameters parameters) {
		return delivery.tasklet(RunParameters.from(parameters));
	}

}
