package io.wascorecards.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.quartz.CronExpression;

/**
 * Which business dates a firing of the nightly trigger scores: the day before it was
 * meant to fire, in the schedule's zone.
 */
final class BusinessDates {

	/** The most dates one firing scores, when it catches up on nights it skipped. */
	static final int MAX_DATES = 7;

	private static final Duration MAX_LOOK_BACK = Duration.ofDays(400);

	private BusinessDates() {
	}

	/**
	 * The date a firing at a given time scores: the day before, in the zone.
	 * @param fireTime when the firing was meant to fire
	 * @param zone the schedule's zone
	 * @return the business date
	 */
	static LocalDate scoredBy(Instant fireTime, ZoneId zone) {
		return LocalDate.ofInstant(fireTime, zone).minusDays(1);
	}

	/**
	 * The time of the night a firing was meant for: the latest time of the expression at
	 * or before its scheduled time. They differ for a misfired night, which Quartz fires
	 * "now" and reports as scheduled now.
	 * @param cron the trigger's expression, in its zone
	 * @param scheduledFireTime when the firing was scheduled
	 * @return the time of the night it was meant for, or the scheduled time if the
	 * expression had none in the year before
	 */
	static Instant meantFireTime(CronExpression cron, Instant scheduledFireTime) {
		Date limit = Date.from(scheduledFireTime);
		// look back twice as far each time, so that a frequent expression is not walked
		// through for a year nor a yearly one a second at a time
		Duration lookBack = Duration.ofSeconds(1);
		while (lookBack.compareTo(MAX_LOOK_BACK) <= 0) {
			Date found = cron.getTimeAfter(Date.from(scheduledFireTime.minus(lookBack)));
			if (found != null && !found.after(limit)) {
				Date next = cron.getTimeAfter(found);
				while (next != null && !next.after(limit)) {
					found = next;
					next = cron.getTimeAfter(next);
				}
				return found.toInstant();
			}
			lookBack = lookBack.multipliedBy(2);
		}
		return scheduledFireTime;
	}

	/**
	 * The dates a firing scores, oldest first: the one of the night it was meant for, and
	 * before it those the trigger skipped since it last fired (at most {@link #MAX_DATES}
	 * in all). A trigger skips a night when its local time does not exist that day (02:30
	 * on the night clocks spring forward), and when every node was down for more than one
	 * night (a misfire fires once).
	 * @param cron the trigger's expression, in the schedule's zone
	 * @param scheduledFireTime when the firing was scheduled
	 * @param previousFireTime when the trigger fired before, or {@code null}
	 * @return the dates
	 */
	static List<LocalDate> toScore(CronExpression cron, Instant scheduledFireTime, Instant previousFireTime) {
		ZoneId zone = cron.getTimeZone().toZoneId();
		LocalDate last = scoredBy(meantFireTime(cron, scheduledFireTime), zone);
		if (previousFireTime == null) {
			return List.of(last);
		}
		LocalDate first = scoredBy(meantFireTime(cron, previousFireTime), zone).plusDays(1);
		if (first.isBefore(last.minusDays(MAX_DATES - 1))) {
			first = last.minusDays(MAX_DATES - 1);
		}
		return first.isAfter(last) ? List.of(last) : first.datesUntil(last.plusDays(1)).toList();
	}

}
