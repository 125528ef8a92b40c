package io.wascorecards.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wascorecards.batch.ConnectionRangePartitioner;
import io.wascorecards.batch.ConnectionSelection;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Splits the backfill into its pieces: for each day the run computes again
 * ({@link BackfillDays}), oldest first, and each range of connection ids (the ranges of
 * {@code dailyKpis}), the connections of the range still to compute that day. Each piece
 * holds its day and its connections, so that it runs anywhere the database is; the days'
 * order does not matter to the figures (a day's KPIs read only its own messages and
 * webhooks, all read by then). A piece computed stands: a restart lists only the pieces
 * left, under the names they had, and each piece is computed once.
 */
class KpiBackfillPartitioner implements Partitioner {

	static final String DATE = "businessDate";

	static final String CONNECTIONS = "connections";

	private final NamedParameterJdbcTemplate jdbc;

	private final BackfillDays days;

	private final List<LocalDate> dates;

	private final Instant asOf;

	private final ConnectionSelection selection;

	/**
	 * Creates the partitioner.
	 * @param jdbc the database
	 * @param days finds the connections still to compute
	 * @param dates the days the run computes again
	 * @param asOf the instant the run computes as of
	 * @param selection its connections
	 */
	KpiBackfillPartitioner(NamedParameterJdbcTemplate jdbc, BackfillDays days, List<LocalDate> dates, Instant asOf,
			ConnectionSelection selection) {
		this.jdbc = jdbc;
		this.days = days;
		this.dates = dates;
		this.asOf = asOf;
		this.selection = selection;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<BackfillDays.Pending> days = this.days.pending(this.dates, this.asOf, this.selection);
		List<List<Long>> ranges = days.isEmpty() ? List.of()
				: ConnectionRangePartitioner.ranges(this.jdbc, this.selection, gridSize);
		Map<String, ExecutionContext> pieces = new LinkedHashMap<>();
		for (BackfillDays.Pending day : days) {
			for (List<Long> range : ranges) {
				long first = range.get(0);
				long last = range.get(range.size() - 1);
				long[] pending = day.ids()
					.stream()
					.filter((id) -> id >= first && id <= last)
					.mapToLong(Long::longValue)
					.toArray();
				if (pending.length > 0) {
					ExecutionContext context = new ExecutionContext();
					context.putString(DATE, day.date().toString());
					context.putLong(ConnectionRangePartitioner.FIRST_ID, first);
					context.putLong(ConnectionRangePartitioner.LAST_ID, last);
					context.putString(CONNECTIONS, new ConnectionSelection(pending).format());
					pieces.put(day.date() + ":connections-" + first + "-" + last, context);
				}
			}
		}
		return pieces;
	}

}
