package io.wascorecards.scorecard;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wascorecards.db.SqlStatement;
import io.wascorecards.scoring.KpiSums;
import io.wascorecards.scoring.ScoringInput;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads what the scorecards of a range of connections are computed from: their daily KPIs
 * summed over each window ({@code sql/scoring/window_sums.sql}).
 */
class ScoringInputs {

	private static final String WINDOW_SUMS = SqlStatement.load("scoring/window_sums.sql");

	/** The columns of a window's row that are not summed KPIs. */
	private static final Set<String> NOT_SUMS = Set.of("connection_id", "phone_number_id", "provisional", "window_name",
			"days", "latest_quality_rating");

	private final NamedParameterJdbcTemplate jdbc;

	ScoringInputs(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reads the inputs, one per active connection of the range.
	 * @param params {@code businessDate}, {@code asOf}, {@code answerWindowSeconds},
	 * {@code windowDays}, {@code sanctionDays}, the range and the selection
	 * @return the inputs in connection id order
	 */
	List<ConnectionInput> read(MapSqlParameterSource params) {
		List<ConnectionInput> inputs = new ArrayList<>();
		Map<String, KpiSums> windows = new HashMap<>();
		long[] current = { -1 };
		String[] phoneNumberId = { null };
		boolean[] provisional = { false };
		this.jdbc.query(WINDOW_SUMS, params, (ResultSet row) -> {
			long connectionId = row.getLong("connection_id");
			if (connectionId != current[0] && current[0] != -1) {
				inputs.add(input(current[0], phoneNumberId[0], provisional[0], windows));
				windows.clear();
			}
			current[0] = connectionId;
			phoneNumberId[0] = row.getString("phone_number_id");
			provisional[0] = row.getBoolean("provisional");
			windows.put(row.getString("window_name"), sums(row));
		});
		if (current[0] != -1) {
			inputs.add(input(current[0], phoneNumberId[0], provisional[0], windows));
		}
		return inputs;
	}

	private static ConnectionInput input(long connectionId, String phoneNumberId, boolean provisional,
			Map<String, KpiSums> windows) {
		return new ConnectionInput(connectionId, phoneNumberId, provisional, new ScoringInput(windows.get("day"),
				windows.get("current"), windows.get("previous"), windows.get("sanctions")));
	}

	private static KpiSums sums(ResultSet row) throws SQLException {
		ResultSetMetaData meta = row.getMetaData();
		Map<String, Long> sums = new HashMap<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			String column = meta.getColumnLabel(i);
			if (!NOT_SUMS.contains(column)) {
				sums.put(column, row.getLong(i));
			}
		}
		String rating = row.getString("latest_quality_rating");
		return new KpiSums(row.getInt("days"), sums, (rating != null) ? rating : "UNKNOWN");
	}

	/**
	 * One connection's input.
	 *
	 * @param connectionId its id
	 * @param phoneNumberId its phone number id (per-connection settings are keyed by it)
	 * @param provisional whether its day had not closed at the run's as-of instant
	 * @param input its window sums
	 */
	record ConnectionInput(long connectionId, String phoneNumberId, boolean provisional, ScoringInput input) {

	}

}
