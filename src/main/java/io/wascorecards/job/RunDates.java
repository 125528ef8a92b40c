package io.wascorecards.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.wascorecards.ScorecardsProperties;

import org.springframework.stereotype.Component;

/**
 * The dates a run may score, checked the same way for the command line, the scheduler and
 * the HTTP API (SPEC §7): not after today in the scheduler's zone, not before
 * {@code scorecards.earliest-date}, at most {@code scorecards.max-range-days} of them at
 * once, and an as-of instant not before the date's start. So no date, however odd, makes
 * a run loop, exhaust memory or write rows for a day outside those bounds.
 */
@Component
public class RunDates {

	private final LocalDate earliest;

	private final int maxRangeDays;

	private final ZoneId zone;

	public RunDates(ScorecardsProperties properties) {
		this.earliest = properties.earliestDate();
		this.maxRangeDays = properties.maxRangeDays();
		this.zone = properties.zone();
	}

	/**
	 * The first date a run or its backfill may compute.
	 * @return {@code scorecards.earliest-date}
	 */
	public LocalDate earliest() {
		return this.earliest;
	}

	/**
	 * Checks one date.
	 * @param field what the caller calls it ({@code date}, {@code from}, {@code to})
	 * @param date the date
	 * @throws InvalidRunDateException when it may not be scored
	 */
	public void check(String field, LocalDate date) {
		LocalDate today = LocalDate.now(this.zone);
		if (date.isAfter(today)) {
			throw new InvalidRunDateException(field,
					"%s %s is in the future (today is %s in %s)".formatted(field, date, today, this.zone));
		}
		if (date.isBefore(this.earliest)) {
			throw new InvalidRunDateException(field,
					"%s %s is before scorecards.earliest-date (%s)".formatted(field, date, this.earliest));
		}
	}

	/**
	 * Checks a range of dates, both included.
	 * @param from the first date
	 * @param to the last date
	 * @throws InvalidRunDateException when one of them may not be scored, they are out of
	 * order or they span too many dates
	 */
	public void check(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidRunDateException("to", "to %s is before from %s".formatted(to, from));
		}
		check("from", from);
		check("to", to);
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days > this.maxRangeDays) {
			throw new InvalidRunDateException("to",
					"from %s to %s spans %d dates; at most %d at once ".formatted(from, to, days, this.maxRangeDays)
							+ "(scorecards.max-range-days)");
		}
	}

	/**
	 * Checks the instant a date is computed as of: a date cannot be scored before it
	 * began.
	 * @param date the (first) date
	 * @param asOf the instant, {@code null} for now
	 * @throws InvalidRunDateException when it is before the date's start in the
	 * scheduler's zone
	 */
	public void checkAsOf(LocalDate date, Instant asOf) {
		Instant start = date.atStartOfDay(this.zone).toInstant();
		if (asOf != null && asOf.isBefore(start)) {
			throw new InvalidRunDateException("as-of",
					"as-of %s is before the start of %s (%s in %s)".formatted(asOf, date, start, this.zone));
		}
	}

}
