package io.wascorecards.schedule;

import io.wascorecards.ScorecardsProperties;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.Scheduler;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly run's job and trigger, which Spring Boot registers with its Quartz
 * scheduler (in the JDBC job store, unless they are stored already), and what keeps the
 * stored trigger in line with the configuration.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

	private static final String ENABLED = "scorecards.schedule.enabled";

	@Bean
	NightlySchedule nightlySchedule(ScheduleProperties schedule, ScorecardsProperties scorecards) {
		return schedule.resolve(scorecards.zone());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = ENABLED, matchIfMissing = true)
	JobDetail nightlyScorecardsJob() {
		return NightlySchedule.job();
	}

	@Bean
	@ConditionalOnBooleanProperty(name = ENABLED, matchIfMissing = true)
	CronTrigger nightlyScorecardsTrigger(NightlySchedule schedule) {
		return schedule.trigger();
	}

	@Bean
	NightlyTriggerReconciler nightlyTriggerReconciler(Scheduler scheduler, ScheduleProperties properties,
			NightlySchedule schedule) {
		return new NightlyTriggerReconciler(scheduler, properties.enabled() ? schedule : null);
	}

}
