package io.wascorecards.job;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wascorecards.batch.ConnectionSelection;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The connections a request names, by phone_number_id, as the selection a run covers.
 */
@Component
class KnownConnections {

	/** How many unknown connections a refusal names (it is logged and stored). */
	private static final int UNKNOWN_NAMED = 5;

	private final NamedParameterJdbcTemplate jdbc;

	KnownConnections(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The selection of the connections named.
	 * @param phoneNumberIds the phone_number_ids, empty for all
	 * @return the selection
	 * @throws RunRefusedException when one of them is unknown
	 */
	ConnectionSelection resolve(List<String> phoneNumberIds) {
		if (phoneNumberIds.isEmpty()) {
			return ConnectionSelection.ALL;
		}
		Set<String> wanted = new LinkedHashSet<>(phoneNumberIds);
		// one array parameter, however many are named (not one bind parameter each)
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"SELECT id, phone_number_id FROM wa_connection WHERE phone_number_id = ANY (CAST(:ids AS text[]))",
				Map.of("ids", wanted.toArray(String[]::new)));
		rows.forEach((row) -> wanted.remove((String) row.get("phone_number_id")));
		if (!wanted.isEmpty()) {
			List<String> named = wanted.stream().limit(UNKNOWN_NAMED).toList();
			throw new RunRefusedException("Unknown connection phone_number_id: " + String.join(", ", named)
					+ ((wanted.size() > named.size()) ? " and " + (wanted.size() - named.size()) + " more" : ""));
		}
		return new ConnectionSelection(
				rows.stream().mapToLong((row) -> ((Number) row.get("id")).longValue()).toArray());
	}

}
