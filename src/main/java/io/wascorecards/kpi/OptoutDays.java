package io.wascorecards.kpi;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import io.wascorecards.ScorecardsProperties;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The days whose opt-outs and resumes the KPIs of a run read
 * ({@code marketing_after_optout} looks back L, SPEC §3): for each day computed, L before
 * its start, and the day before that (a look-back across a change of the clocks reaches
 * into it), never before {@code scorecards.earliest-date}. A day is extracted once into
 * {@code optout_event} ({@link OptoutExtraction}); a run reads the webhooks of the days
 * no run has extracted yet (a fresh database, or the days before the first runs), so that
 * their extraction sees their statuses and preferences. A day extracted for any
 * connection had its webhooks read then: a connection added later is extracted from them.
 */
@Component
public class OptoutDays {

	/** The job execution context's entry holding the days whose webhooks are read. */
	public static final String KEY = "optoutDates";

	private final NamedParameterJdbcTemplate jdbc;

	private final long lookbackDays;

	private final LocalDate earliestDate;

	OptoutDays(NamedParameterJdbcTemplate jdbc, KpiProperties kpi, ScorecardsProperties properties) {
		this.jdbc = jdbc;
		Duration lookback = kpi.optoutLookback();
		long whole = lookback.toDays();
		this.lookbackDays = ((lookback.compareTo(Duration.ofDays(whole)) > 0) ? whole + 1 : whole) + 1;
		this.earliestDate = properties.earliestDate();
	}

	/**
	 * The first day whose opt-outs the figures of the given days read.
	 * @param businessDate the run's date
	 * @param otherDays the other days it computes
	 * @return the oldest day of their look-backs
	 */
	public LocalDate first(LocalDate businessDate, List<LocalDate> otherDays) {
		LocalDate oldest = Stream.concat(Stream.of(businessDate), otherDays.stream())
			.min(LocalDate::compareTo)
			.orElseThrow()
			.minusDays(this.lookbackDays);
		return oldest.isBefore(this.earliestDate) ? this.earliestDate : oldest;
	}

	/**
	 * The days of the look-backs, before the run's date, that no run has extracted for
	 * any connection: their webhooks are read with the run's.
	 * @param businessDate the run's date
	 * @param otherDays the other days it computes
	 * @return the days, oldest first
	 */
	List<LocalDate> unread(LocalDate businessDate, List<LocalDate> otherDays) {
		LocalDate first = first(businessDate, otherDays);
		if (!first.isBefore(businessDate)) {
			return List.of();
		}
		return this.jdbc.queryForList("""
				SELECT CAST(:first AS date) + i
				FROM generate_series(0, CAST(:date AS date) - CAST(:first AS date) - 1) i
				WHERE NOT EXISTS (SELECT 1 FROM optout_day o WHERE o.business_date = CAST(:first AS date) + i)
				ORDER BY 1""", new MapSqlParameterSource("first", first).addValue("date", businessDate),
				LocalDate.class);
	}

}
