package io.wascorecards.kpi;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.wascorecards.batch.ConnectionSelection;
import io.wascorecards.db.SqlStatement;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The days a run computes again besides its date: those of the windows a scorecard sums
 * (the look-back, never before {@code scorecards.earliest-date}) whose daily KPIs are
 * missing (a first run, a gap in the nightly runs) or were provisional when computed, as
 * of an earlier instant than the run's (the previous night's day: its late answers,
 * replies and statuses arrived since). A night after a night finds the day before (and
 * for zones far behind the schedule's the day before that), and then they are final.
 * <p>
 * A run decides its days once, when it starts ({@link #KEY} in its job's execution
 * context, kept by a restart): the webhook read reads their slices and the backfill
 * computes their KPIs, so no day's KPIs are computed before its webhooks are read.
 */
public class BackfillDays {

	/** The job execution context's entry holding the run's days ({@link #format}). */
	public static final String KEY = "kpiBackfillDates";

	/**
	 * How many days one pass over the messages computes at most: the run's date with the
	 * days just before it that it computes again ({@code dailyKpis}: the night computes
	 * again the day before, and the day before that where its day ended late), or
	 * consecutive days of the backfill. Their messages are mostly the same.
	 */
	static final int DAYS_PER_PASS = 3;

	private static final String PENDING = SqlStatement.load("kpi/pending_daily_kpis.sql");

	private final NamedParameterJdbcTemplate jdbc;

	private final int lookbackDays;

	private final LocalDate earliestDate;

	private final Duration answerWindow;

	/**
	 * Creates the finder.
	 * @param jdbc the database
	 * @param lookbackDays how many days the scorecard's windows reach back, the date
	 * included
	 * @param earliestDate the first date any run computes
	 * ({@code scorecards.earliest-date})
	 * @param answerWindow the answer window, after which a day is final
	 */
	BackfillDays(NamedParameterJdbcTemplate jdbc, int lookbackDays, LocalDate earliestDate, Duration answerWindow) {
		this.jdbc = jdbc;
		this.lookbackDays = lookbackDays;
		this.earliestDate = earliestDate;
		this.answerWindow = answerWindow;
	}

	/**
	 * The days a run computes again.
	 * @param businessDate the run's date
	 * @param asOf the instant it computes as of
	 * @param selection its connections
	 * @return the days, oldest first
	 */
	List<LocalDate> find(LocalDate businessDate, Instant asOf, ConnectionSelection selection) {
		LocalDate windowStart = businessDate.minusDays(this.lookbackDays - 1);
		LocalDate first = windowStart.isBefore(this.earliestDate) ? this.earliestDate : windowStart;
		if (!first.isBefore(businessDate)) {
			return List.of();
		}
		List<LocalDate> window = first.datesUntil(businessDate).toList();
		return pending(window, asOf, selection).stream().map(Pending::date).toList();
	}

	/**
	 * The connections whose KPIs are still to compute on each day.
	 * @param days the days
	 * @param asOf the instant the run computes as of
	 * @param selection its connections
	 * @return the days with some, oldest first
	 */
	List<Pending> pending(List<LocalDate> days, Instant asOf, ConnectionSelection selection) {
		if (days.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource(selection.parameters())
			.addValue("dates", "{" + format(days) + "}")
			.addValue("asOf", Timestamp.from(asOf))
			.addValue("answerWindowSeconds", (double) this.answerWindow.toSeconds());
		return this.jdbc.query(PENDING, params,
				(row, n) -> new Pending(row.getObject(1, LocalDate.class), ids(row.getArray(2))));
	}

	private static List<Long> ids(Array array) throws SQLException {
		return Arrays.asList((Long[]) array.getArray());
	}

	/**
	 * Whether the run's date computes a day with it, in its pass
	 * ({@link #DAYS_PER_PASS}).
	 * @param businessDate the run's date
	 * @param day a day it computes again
	 * @return whether the date computes it, else the backfill does
	 */
	static boolean withTheDate(LocalDate businessDate, LocalDate day) {
		return day.isAfter(businessDate.minusDays(DAYS_PER_PASS));
	}

	/**
	 * The stored form of days.
	 * @param days the days
	 * @return the days separated by commas
	 */
	public static String format(List<LocalDate> days) {
		return days.stream().map(LocalDate::toString).collect(Collectors.joining(","));
	}

	/**
	 * Reads the stored form of days.
	 * @param value the stored form, or {@code null}
	 * @return the days, none for {@code null} or empty
	 */
	public static List<LocalDate> parse(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(LocalDate::parse).toList();
	}

	/**
	 * The connections of one day whose KPIs are still to compute.
	 *
	 * @param date the day
	 * @param ids their ids, in order
	 */
	record Pending(LocalDate date, List<Long> ids) {

		/**
		 * Those of a range of connection ids.
		 * @param first the range's first id
		 * @param last its last id
		 * @return their ids, in order, none when the range has none
		 */
		long[] between(long first, long last) {
			return this.ids.stream().filter((id) -> id >= first && id <= last).mapToLong(Long::longValue).toArray();
		}

	}

}
