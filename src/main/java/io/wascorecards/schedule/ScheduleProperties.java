package io.wascorecards.schedule;

import java.text.ParseException;
import java.time.ZoneId;

import org.quartz.CronExpression;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings under {@code scorecards.schedule.*}: when the nightly run fires. Every node of
 * a cluster should have the same ones, since they share one stored trigger: the last node
 * to start with different ones writes its own into the job store.
 *
 * @param cron a Quartz cron expression (seconds first, {@code ?} in the day-of-month or
 * the day-of-week field), by default 02:30 every night
 * @param zone the zone the expression is read in and whose yesterday is scored; by
 * default {@code scorecards.zone}
 * @param enabled whether the nightly run is scheduled at all; turned off, a node that
 * starts the scheduler removes the stored trigger
 */
@ConfigurationProperties("scorecards.schedule")
public record ScheduleProperties(@DefaultValue("0 30 2 * * ?") String cron, ZoneId zone,
		@DefaultValue("true") boolean enabled) {

	public ScheduleProperties {
		if (!StringUtils.hasText(cron)) {
			throw new IllegalArgumentException("scorecards.schedule.cron must not be empty");
		}
		try {
			CronExpression.validateExpression(cron);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException(
					"scorecards.schedule.cron is not a valid Quartz cron expression ('%s'): %s".formatted(cron,
							ex.getMessage()));
		}
	}

	/**
	 * The schedule in effect.
	 * @param defaultZone {@code scorecards.zone}, for when no zone of its own is set
	 * @return the cron expression and the zone it is read in
	 */
	NightlySchedule resolve(ZoneId defaultZone) {
		return new NightlySchedule(this.cron, (this.zone != null) ? this.zone : defaultZone);
	}

}
