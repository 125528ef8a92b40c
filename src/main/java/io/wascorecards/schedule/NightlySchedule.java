package io.wascorecards.schedule;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;

import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * The nightly run's job and trigger as the configuration has them: what is registered in
 * the job store, and which business dates a firing scores.
 *
 * @param cron the Quartz cron expression
 * @param zone the zone it is read in
 */
record NightlySchedule(String cron, ZoneId zone) {

	static final JobKey JOB = JobKey.jobKey("nightlyScorecards");

	static final TriggerKey TRIGGER = TriggerKey.triggerKey("nightlyScorecards");

	/**
	 * The job: durable, so that it stays registered while its trigger is replaced, and
	 * recovered (fired again) by another node when the one running it dies.
	 * @return the job detail
	 */
	static JobDetail job() {
		return JobBuilder.newJob(NightlyRunJob.class)
			.withIdentity(JOB)
			.withDescription("Scores the day before, then e-mails the scorecards")
			.storeDurably()
			.requestRecovery()
			.build();
	}

	/**
	 * A new trigger of the job, starting now. A night missed while every node was down
	 * fires once as soon as a scheduler is back (several missed nights too fire once).
	 * @return the trigger
	 */
	CronTrigger trigger() {
		return TriggerBuilder.newTrigger()
			.withIdentity(TRIGGER)
			.forJob(JOB)
			.withDescription("Every night: " + this.cron + " in " + this.zone.getId())
			.withSchedule(CronScheduleBuilder.cronSchedule(this.cron)
				.inTimeZone(TimeZone.getTimeZone(this.zone))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	/**
	 * The business dates a firing scores, oldest first: see
	 * {@link BusinessDates#toScore}.
	 * @param scheduledFireTime when the firing was scheduled
	 * @param previousFireTime when the trigger fired before, or {@code null}
	 * @return the dates
	 */
	List<LocalDate> datesToScore(Instant scheduledFireTime, Instant previousFireTime) {
		return BusinessDates.toScore(expression(), scheduledFireTime, previousFireTime);
	}

	CronExpression expression() {
		try {
			CronExpression expression = new CronExpression(this.cron);
			expression.setTimeZone(TimeZone.getTimeZone(this.zone));
			return expression;
		}
		catch (ParseException ex) {
			// ScheduleProperties validated it
			throw new IllegalStateException(ex);
		}
	}

}
