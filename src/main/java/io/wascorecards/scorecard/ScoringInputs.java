package io.wascorecards.scorecard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wascorecards.db.SqlStatement;
import io.wascorecards.scoring.KpiSums;
import io.wascorecards.scoring.ScoringInput;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads what the scorecards of a range of connections are computed from: their daily KPIs
 * summed over each window, and the alerts' baseline days one by one
 * ({@code sql/scoring/window_sums.sql}).
 */
class ScoringInputs {

	private static final String WINDOW_SUMS = SqlStatement.load("scoring/window_sums.sql");

	private static final String BASELINE = "baseline";

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
		List<KpiSums> baseline = new ArrayList<>();
		long[] current = { -1 };
		String[] phoneNumberId = { null };
		boolean[] provisional = { false };
		this.jdbc.query(WINDOW_SUMS, params, (ResultSet row) -> {
			long connectionId = row.getLong("connection_id");
			if (connectionId != current[0] && current[0] != -1) {
				inputs.add(input(current[0], phoneNumberId[0], provisional[0], windows, baseline));
				windows.clear();
				baseline.clear();
			}
			current[0] = connectionId;
			phoneNumberId[0] = row.getString("phone_number_id");
			provisional[0] = row.getBoolean("provisional");
			KpiSums sums = sums(row);
			if (!BASELINE.equals(row.getString("window_name"))) {
				windows.put(row.getString("window_name"), sums);
			}
			else if (sums.days() > 0) {
				// a baseline day without its row is no value of the brand's
				baseline.add(sums);
			}
		});
		if (current[0] != -1) {
			inputs.add(input(current[0], phoneNumberId[0], provisional[0], windows, baseline));
		}
		return inputs;
	}

	private static ConnectionInput input(long connectionId, String phoneNumberId, boolean provisional,
			Map<String, KpiSums> windows, List<KpiSums> baseline) {
		return new ConnectionInput(connectionId, phoneNumberId, provisional, new ScoringInput(windows.get("day"),
				windows.get("current"), windows.get("previous"), windows.get("sanctions"), baseline));
	}

	private static KpiSums sums(ResultSet row) {
		return KpiSums.of((column) -> {
			try {
				return row.getObject(column);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("scoring/window_sums.sql gives no column " + column, ex);
			}
		});
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
