package io.wascorecards.scorecard;

import java.sql.Array;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import io.wascorecards.db.SqlStatement;
import io.wascorecards.scoring.Recommendations;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads the facts that make recommendations concrete ({@code sql/scoring/evidence.sql}):
 * when unanswered interactions arrive, which outside domains are linked, which error
 * codes make messages fail, which templates are off purpose, what the profile says and
 * lacks.
 */
class Evidence {

	private static final String EVIDENCE = SqlStatement.load("scoring/evidence.sql");

	/** The span of local hours reported as the peak of unanswered interactions. */
	private static final int PEAK_HOURS = 3;

	private final NamedParameterJdbcTemplate jdbc;

	Evidence(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reads the evidence of a range of connections.
	 * @param params the date, the window, the range and the selection
	 * @return each connection's evidence by the keys of {@link Recommendations}
	 */
	Map<Long, Map<String, Object>> read(MapSqlParameterSource params) {
		Map<Long, Map<String, Object>> evidence = new HashMap<>();
		this.jdbc.query(EVIDENCE, params, (row) -> {
			Map<String, Object> facts = new HashMap<>();
			String peak = peakHours(row.getArray("unanswered_by_hour"));
			if (peak != null) {
				facts.put(Recommendations.UNANSWERED_PEAK_HOURS, peak);
			}
			putIfPresent(facts, Recommendations.TOP_EXTERNAL_DOMAINS, row.getString("top_external_domains"));
			putIfPresent(facts, Recommendations.TOP_FAILURE_CODES, row.getString("top_failure_codes"));
			putIfPresent(facts, Recommendations.TOP_OFF_PURPOSE_TEMPLATES, row.getString("top_off_purpose_templates"));
			putIfPresent(facts, Recommendations.PURPOSE_WORDS, row.getString("purpose_words"));
			putIfPresent(facts, Recommendations.PROFILE_MISSING, row.getString("profile_missing"));
			evidence.put(row.getLong("connection_id"), facts);
		});
		return evidence;
	}

	/**
	 * The span of {@value #PEAK_HOURS} consecutive local hours (across midnight too) in
	 * which most unanswered interactions started, e.g. {@code 20:00–23:00}.
	 * @param byHour unanswered interactions by hour 0-23
	 * @return the span, or {@code null} when none went unanswered
	 */
	static String peakHours(Array byHour) throws SQLException {
		if (byHour == null) {
			return null;
		}
		Object[] values = (Object[]) byHour.getArray();
		long[] counts = new long[24];
		for (int hour = 0; hour < 24; hour++) {
			counts[hour] = ((Number) values[hour]).longValue();
		}
		return peakHours(counts);
	}

	static String peakHours(long[] counts) {
		int best = -1;
		long bestSum = 0;
		for (int start = 0; start < 24; start++) {
			long sum = 0;
			for (int i = 0; i < PEAK_HOURS; i++) {
				sum += counts[(start + i) % 24];
			}
			if (sum > bestSum) {
				best = start;
				bestSum = sum;
			}
		}
		return (best < 0) ? null : "%02d:00–%02d:00".formatted(best, (best + PEAK_HOURS) % 24);
	}

	private static void putIfPresent(Map<String, Object> facts, String key, String value) {
		if (value != null && !value.isEmpty()) {
			facts.put(key, value);
		}
	}

}
