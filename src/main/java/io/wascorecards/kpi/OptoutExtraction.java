package io.wascorecards.kpi;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import io.wascorecards.LexiconPattern;
import io.wascorecards.db.SqlStatement;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Extracts the opt-outs and resumes of days into {@code optout_event}
 * ({@code sql/kpi/extract_optouts.sql}), in the caller's transaction, so that the KPIs
 * read L of them without reading L days of messages. Two runs extracting the same
 * connections at once (a rerun of the day before during the night's run) take turns: each
 * first locks its connections, in the order of their ids.
 */
@Component
class OptoutExtraction {

	private static final String EXTRACT = SqlStatement.load("kpi/extract_optouts.sql");

	private static final String LOCK = """
			SELECT count(pg_advisory_xact_lock(hashtextextended('wa-scorecards:optouts:' || x.id, 0)))
			FROM (SELECT c.id FROM wa_connection c
			      WHERE c.active AND c.id BETWEEN :firstConnectionId AND :lastConnectionId
			        AND sc_selected(c.id, CAST(:only AS bigint[]))
			      ORDER BY c.id) x""";

	private final NamedParameterJdbcTemplate jdbc;

	private final String stopPattern;

	OptoutExtraction(NamedParameterJdbcTemplate jdbc, KpiProperties properties) {
		this.jdbc = jdbc;
		this.stopPattern = LexiconPattern.whole(properties.stopWords());
	}

	/**
	 * Extracts the days of a range of connections not extracted yet (or not since they
	 * ended).
	 * @param firstDay the first day
	 * @param lastDay the last day
	 * @param again whether the last day is extracted again whatever was extracted before
	 * @param asOf the instant the run computes as of
	 * @param connections the range of connections ({@code firstConnectionId},
	 * {@code lastConnectionId} and {@code only})
	 */
	void extract(LocalDate firstDay, LocalDate lastDay, boolean again, Instant asOf,
			MapSqlParameterSource connections) {
		MapSqlParameterSource params = new MapSqlParameterSource(connections.getValues()).addValue("firstDay", firstDay)
			.addValue("lastDay", lastDay)
			.addValue("again", again)
			.addValue("asOf", Timestamp.from(asOf))
			.addValue("stopPattern", this.stopPattern);
		this.jdbc.queryForObject(LOCK, params, Long.class);
		this.jdbc.update(EXTRACT, params);
	}

}
