package io.wascorecards.job;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wascorecards.batch.ConnectionSelection;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The connections a request names, by phone_number_id: the one check that they exist, for
 * the launcher (which refuses the run) and the API (which refuses the request).
 */
@Component
public class KnownConnections {

	/** How many unknown connections a refusal names (it is logged and stored). */
	private static final int UNKNOWN_NAMED = 5;

	private final NamedParameterJdbcTemplate jdbc;

	KnownConnections(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The phone_number_ids named that no connection has.
	 * @param phoneNumberIds the phone_number_ids
	 * @return the unknown ones, each once, in the order first named
	 */
	public Set<String> unknown(Collection<String> phoneNumberIds) {
		return missing(phoneNumberIds, known(phoneNumberIds));
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
		Map<String, Long> known = known(phoneNumberIds);
		Set<String> unknown = missing(phoneNumberIds, known);
		if (!unknown.isEmpty()) {
			List<String> named = unknown.stream().limit(UNKNOWN_NAMED).toList();
			throw new RunRefusedException("Unknown connection phone_number_id: " + String.join(", ", named)
					+ ((unknown.size() > named.size()) ? " and " + (unknown.size() - named.size()) + " more" : ""));
		}
		return new ConnectionSelection(known.values().stream().mapToLong(Long::longValue).toArray());
	}

	private static Set<String> missing(Collection<String> phoneNumberIds, Map<String, Long> known) {
		Set<String> missing = new LinkedHashSet<>(phoneNumberIds);
		missing.removeAll(known.keySet());
		return missing;
	}

	/** The ids of the connections named, by phone_number_id. */
	private Map<String, Long> known(Collection<String> phoneNumberIds) {
		Map<String, Long> known = new LinkedHashMap<>();
		if (phoneNumberIds.isEmpty()) {
			return known;
		}
		// one array parameter, however many are named (not one bind parameter each)
		this.jdbc.query(
				"SELECT id, phone_number_id FROM wa_connection WHERE phone_number_id = ANY (CAST(:ids AS text[]))",
				Map.of("ids", phoneNumberIds.stream().distinct().toArray(String[]::new)),
				(RowCallbackHandler) (row) -> known.put(row.getString("phone_number_id"), row.getLong("id")));
		return known;
	}

}
