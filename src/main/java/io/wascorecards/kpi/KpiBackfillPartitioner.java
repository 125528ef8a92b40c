package io.wascorecards.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wascorecards.batch.ConnectionRangePartitioner;
import io.wascorecards.batch.ConnectionSelection;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Splits the backfill into its pieces: for each run of up to
 * {@link BackfillDays#DAYS_PER_PASS} consecutive days the run computes again
 * ({@link BackfillDays}), oldest first, and each range of connection ids (the ranges of
 * {@code dailyKpis}), the connections of the range still to compute on each of those
 * days, computed in one pass. Each piece holds its days and their connections, so that it
 * runs anywhere the database is; the days' order does not matter to the figures (a day's
 * KPIs read only its own messages and webhooks, all read by then). A piece computed
 * stands: a restart lists only the pieces left, under the names they had, and each piece
 * is computed once.
 */
class KpiBackfillPartitioner implements Partitioner {

	/** The piece's days and their connections ({@link #days}). */
	static final String DAYS = "days";

	private final NamedParameterJdbcTemplate jdbc;

	private final BackfillDays days;

	private final List<LocalDate> dates;

	private final Instant asOf;

	private final ConnectionSelection selection;

	/**
	 * Creates the partitioner.
	 * @param jdbc the database
	 * @param days finds the connections still to compute
	 * @param dates the days the backfill computes
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
		for (int start = 0; start < days.size(); start += BackfillDays.DAYS_PER_PASS) {
			List<BackfillDays.Pending> pass = days.subList(start,
					Math.min(days.size(), start + BackfillDays.DAYS_PER_PASS));
			for (List<Long> range : ranges) {
				long first = range.get(0);
				long last = range.get(range.size() - 1);
				List<String> inRange = new ArrayList<>();
				for (BackfillDays.Pending day : pass) {
					long[] pending = day.between(first, last);
					if (pending.length > 0) {
						inRange.add(day.date() + "=" + new ConnectionSelection(pending).format());
					}
				}
				if (!inRange.isEmpty()) {
					ExecutionContext context = new ExecutionContext();
					context.putString(DAYS, String.join(";", inRange));
					context.putLong(ConnectionRangePartitioner.FIRST_ID, first);
					context.putLong(ConnectionRangePartitioner.LAST_ID, last);
					LocalDate from = pass.get(0).date();
					LocalDate to = pass.get(pass.size() - 1).date();
					String name = from.equals(to) ? from.toString() : from + ".." + to;
					pieces.put(name + ":connections-" + first + "-" + last, context);
				}
			}
		}
		return pieces;
	}

	/**
	 * The days of a piece and their connections.
	 * @param context the piece's context
	 * @return the days to compute, oldest first
	 */
	static List<DailyKpiCalculator.Day> days(ExecutionContext context) {
		List<DailyKpiCalculator.Day> days = new ArrayList<>();
		for (String day : context.getString(DAYS).split(";")) {
			String[] parts = day.split("=", 2);
			days.add(DailyKpiCalculator.Day.again(LocalDate.parse(parts[0]), ConnectionSelection.parse(parts[1])));
		}
		return days;
	}

}
