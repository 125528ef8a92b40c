package io.wascorecards.webhook;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.wascorecards.ScorecardsProperties;
import io.wascorecards.db.SqlStatement;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the webhook rows a business date needs: those received from the earliest start of
 * the day among the connections' zones to the latest end plus the answer window. Each row
 * is read once, unless new rows come into its slice or {@code reread} asks to read the
 * rows again after a data fix.
 * <p>
 * A date's range is read in time slices ({@link #slices}) cut on a grid of whole hours,
 * each read whole in a transaction of its own, the partitions of the {@code webhookRead}
 * step: parsing JSON is the costly part of the night, and one PostgreSQL backend uses one
 * core. A slice read marks what it held ({@code webhook_read_mark}); a slice whose rows
 * are the same as at its last read is left as it is. A slice that fails leaves what was
 * read before it for the next run; the slices that committed stay read.
 */
@Component
public class WebhookReader {

	private static final String CENSUS = SqlStatement.load("webhook/census.sql");

	private static final String MARK = SqlStatement.load("webhook/mark.sql");

	private static final String FORGET = SqlStatement.load("webhook/forget.sql");

	private static final String PARSE = SqlStatement.load("webhook/parse.sql");

	private static final String SLICES_TO_READ = SqlStatement.load("webhook/slices_to_read.sql");

	private static final long HOUR_SECONDS = 3600;

	private final NamedParameterJdbcTemplate jdbc;

	private final Duration answerWindow;

	WebhookReader(NamedParameterJdbcTemplate jdbc, ScorecardsProperties properties) {
		this.jdbc = jdbc;
		this.answerWindow = properties.answerWindow();
	}

	/**
	 * The slices a date's range is read in.
	 * @param businessDate the date
	 * @param count about how many ({@code scorecards.partitions})
	 * @return the slices in time order, none when there is no active connection
	 */
	public List<Window> slices(LocalDate businessDate, int count) {
		Window window = window(businessDate);
		return (window != null) ? window.split(count) : List.of();
	}

	/**
	 * The slices a read would change: those whose rows are not the same as at their last
	 * read, but those that hold no row where no read found rows.
	 * @param slices the slices
	 * @return those to read, in time order
	 */
	public List<Window> toRead(Collection<Window> slices) {
		if (slices.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = Map.of("froms", array(slices.stream().map(Window::from)), "tos",
				array(slices.stream().map(Window::to)));
		return this.jdbc.query(SLICES_TO_READ, params,
				(row, n) -> new Window(row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant()));
	}

	private static String array(Stream<Instant> instants) {
		return instants.map(Instant::toString).collect(Collectors.joining(",", "{", "}"));
	}

	/**
	 * Reads one slice, unless it holds the same rows as when it was last read: forgets
	 * what was read from it, parses its rows and marks it. Call it inside a transaction:
	 * the slice commits or fails as a whole.
	 * @param slice the time range of rows
	 * @param reread whether to read the rows again even if they are the same
	 * @return what was read
	 */
	public Reading readSlice(Window slice, boolean reread) {
		return readSlice(slice, reread, true);
	}

	/**
	 * Reads one slice, as {@link #readSlice(Window, boolean)} does.
	 * @param slice the time range of rows
	 * @param reread whether to read the rows again even if they are the same
	 * @param plainPath whether the rows of the common shape take the plain path (else
	 * every row is walked generically: the tests compare both)
	 * @return what was read
	 */
	Reading readSlice(Window slice, boolean reread, boolean plainPath) {
		MapSqlParameterSource params = new MapSqlParameterSource(
				Map.of("from", Timestamp.from(slice.from()), "to", Timestamp.from(slice.to()), "plainPath", plainPath));
		lockHours(slice);
		SqlStatement.planForValues(this.jdbc.getJdbcTemplate());
		// the planner expects next to no row to pass the plain path's many tests, and
		// would look up each one's connection by a scan of them all
		this.jdbc.getJdbcTemplate().execute("SET LOCAL enable_nestloop = off");
		Map<String, Object> census = this.jdbc.queryForMap(CENSUS, params);
		if (!reread && Boolean.TRUE.equals(census.get("read_before"))) {
			return new Reading(slice.from(), slice.to(), 0, 0, 0);
		}
		this.jdbc.update(FORGET, params);
		Integer plain = this.jdbc.queryForObject(PARSE, params, Integer.class);
		this.jdbc.update(MARK,
				params.addValue("rowCount", census.get("row_count")).addValue("idSum", census.get("id_sum")));
		Integer setAside = this.jdbc.queryForObject(
				"SELECT count(*) FROM webhook_finding WHERE received_at >= :from AND received_at < :to", params,
				Integer.class);
		return new Reading(slice.from(), slice.to(), ((Number) census.get("row_count")).intValue(), plain, setAside);
	}

	/**
	 * Takes a transaction lock on each hour of the slice, in time order: reads of the
	 * same hours (two runs at once, or slices cut on another grid) wait for each other,
	 * and the one that waited finds the slice read.
	 */
	private void lockHours(Window slice) {
		this.jdbc.queryForList("""
				SELECT pg_advisory_xact_lock(hashtext('wa-scorecards:webhook-hour'), CAST(h AS int))
				FROM generate_series(CAST(:first AS bigint), CAST(:last AS bigint)) h ORDER BY h""",
				Map.of("first", Math.floorDiv(slice.from().getEpochSecond(), HOUR_SECONDS), "last",
						Math.floorDiv(slice.to().getEpochSecond() - 1, HOUR_SECONDS)));
	}

	/**
	 * The time range of webhook rows a date needs: from the earliest start of the day
	 * among the active connections' zones to the latest end plus the answer window.
	 * @param businessDate the date
	 * @return the range, or {@code null} when there is no active connection
	 */
	public Window window(LocalDate businessDate) {
		Map<String, Object> window = this.jdbc.queryForMap("""
				SELECT min(sc_day_start(CAST(:d AS date), timezone)) AS from_instant,
				       max(sc_day_start(CAST(:d AS date) + 1, timezone)) + make_interval(secs => :a) AS to_instant
				FROM wa_connection WHERE active""", Map.of("d", businessDate, "a", this.answerWindow.toSeconds()));
		if (window.get("from_instant") == null) {
			return null;
		}
		return new Window(((Timestamp) window.get("from_instant")).toInstant(),
				((Timestamp) window.get("to_instant")).toInstant());
	}

	/**
	 * A time range of webhook rows.
	 *
	 * @param from its start
	 * @param to its end (exclusive)
	 */
	public record Window(Instant from, Instant to) {

		private static final long HOUR_MICROS = 3_600_000_000L;

		/**
		 * Splits the range into about {@code count} consecutive slices of a grid of whole
		 * hours since the epoch: the grid's step is the range's {@code count}-th part
		 * rounded up to whole hours, and the first and last slices reach out to the grid,
		 * so that every row falls in exactly one cell. The ranges of two dates (of the
		 * same length) share the slices of their overlap, so a slice one date's read
		 * found unchanged ({@code webhook_read_mark}) is the very slice the other reads.
		 * @param count about how many
		 * @return the slices, in time order, covering this range
		 */
		List<Window> split(int count) {
			long range = micros(this.to) - micros(this.from);
			long step = Math.max(1, ceilDiv(ceilDiv(range, count), HOUR_MICROS)) * HOUR_MICROS;
			List<Window> slices = new ArrayList<>();
			for (long cut = Math.floorDiv(micros(this.from), step) * step; cut < micros(this.to); cut += step) {
				slices.add(new Window(instant(cut), instant(cut + step)));
			}
			return slices;
		}

		private static Instant instant(long micros) {
			return Instant.EPOCH.plusNanos(Math.multiplyExact(micros, 1000L));
		}

		private static long micros(Instant instant) {
			return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
		}

		private static long ceilDiv(long dividend, long divisor) {
			return -Math.floorDiv(-dividend, divisor);
		}

	}

	/**
	 * What the read of a slice did.
	 *
	 * @param from the start of the time range read
	 * @param to its end (exclusive)
	 * @param rows the webhook rows of the slice, when it was read (none when it was left
	 * as it was)
	 * @param plain how many of them took the plain path ({@code webhook/parse.sql})
	 * @param setAside the units of them set aside as malformed
	 */
	public record Reading(Instant from, Instant to, int rows, int plain, int setAside) {

	}

}
