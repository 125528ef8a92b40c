package io.wascorecards.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Splits the active connections (or the chosen ones) into ranges of ids of about equal
 * size. The ranges are stored with the step, so a restarted run redoes only the ranges
 * that did not finish.
 */
public class ConnectionRangePartitioner implements Partitioner {

	public static final String FIRST_ID = "firstConnectionId";

	public static final String LAST_ID = "lastConnectionId";

	private final NamedParameterJdbcTemplate jdbc;

	private final ConnectionSelection selection;

	public ConnectionRangePartitioner(NamedParameterJdbcTemplate jdbc, ConnectionSelection selection) {
		this.jdbc = jdbc;
		this.selection = selection;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (List<Long> range : ranges(this.jdbc, this.selection, gridSize)) {
			long first = range.get(0);
			long last = range.get(range.size() - 1);
			ExecutionContext context = new ExecutionContext();
			context.putLong(FIRST_ID, first);
			context.putLong(LAST_ID, last);
			partitions.put("connections-" + first + "-" + last, context);
		}
		return partitions;
	}

	/**
	 * Cuts the ids of the active connections (or the chosen ones) into about
	 * {@code count} consecutive ranges of about equal size.
	 * @param jdbc the database
	 * @param selection the connections
	 * @param count about how many ranges
	 * @return the ranges' ids, in order; none without a connection
	 */
	public static List<List<Long>> ranges(NamedParameterJdbcTemplate jdbc, ConnectionSelection selection, int count) {
		List<Long> ids = jdbc.queryForList("""
				SELECT id FROM wa_connection
				WHERE active AND sc_selected(id, CAST(:only AS bigint[]))
				ORDER BY id""", selection.parameters(), Long.class);
		int size = Math.max(1, (ids.size() + count - 1) / Math.max(1, count));
		List<List<Long>> ranges = new ArrayList<>();
		for (int start = 0; start < ids.size(); start += size) {
			ranges.add(ids.subList(start, Math.min(ids.size(), start + size)));
		}
		return ranges;
	}

}
