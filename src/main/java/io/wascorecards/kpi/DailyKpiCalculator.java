package io.wascorecards.kpi;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import io.wascorecards.ScorecardsProperties;
import io.wascorecards.db.SqlStatement;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes and stores the daily KPIs of a range of connections for one date: the range's
 * rows of the date are replaced, so a rerun or a restart leaves exactly one row per
 * connection. Call it inside a transaction.
 */
@Component
public class DailyKpiCalculator {

	private static final String DELETE = SqlStatement.load("kpi/delete_daily_kpis.sql");

	private static final String COMPUTE = SqlStatement.load("kpi/daily_kpis.sql");

	private final NamedParameterJdbcTemplate jdbc;

	private final Duration answerWindow;

	private final String humanRequestPattern;

	DailyKpiCalculator(NamedParameterJdbcTemplate jdbc, ScorecardsProperties properties) {
		this.jdbc = jdbc;
		this.answerWindow = properties.answerWindow();
		this.humanRequestPattern = HumanRequestPattern.of(properties.humanRequestLexicon());
	}

	/**
	 * Computes one date's KPIs.
	 * @param businessDate the date
	 * @param asOf the instant they are computed as of
	 * @param firstConnectionId the first connection id of the range
	 * @param lastConnectionId the last connection id of the range
	 * @param selection the connections of the range to compute (all active ones, or some)
	 * @return the rows stored
	 */
	public int compute(LocalDate businessDate, Instant asOf, long firstConnectionId, long lastConnectionId,
			ConnectionSelection selection) {
		MapSqlParameterSource params = new MapSqlParameterSource(selection.parameters())
			.addValue("businessDate", businessDate)
			.addValue("asOf", Timestamp.from(asOf))
			.addValue("answerWindowSeconds", (double) this.answerWindow.toSeconds())
			.addValue("humanRequestPattern", this.humanRequestPattern)
			.addValue("firstConnectionId", firstConnectionId)
			.addValue("lastConnectionId", lastConnectionId);
		SqlStatement.planForValues(this.jdbc.getJdbcTemplate());
		this.jdbc.update(DELETE, params);
		return this.jdbc.update(COMPUTE, params);
	}

}
