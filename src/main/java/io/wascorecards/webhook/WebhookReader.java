package io.wascorecards.webhook;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.wascorecards.ScorecardsProperties;
import io.wascorecards.db.SqlStatement;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the webhook rows a business date needs: those received from the earliest start of
 * the day among the connections' zones to the latest end plus the answer window, that no
 * run has read yet. Each row is read once, unless {@code reread} asks to read the rows
 * again after a data fix.
 * <p>
 * A date's range is read in time slices ({@link #slices}), each claimed and parsed in a
 * transaction of its own, the partitions of the {@code webhookRead} step: parsing JSON is
 * the costly part of the night, and one PostgreSQL backend uses one core. A slice that
 * fails leaves its rows as they were (unread, or read by an earlier run) for the next
 * run; the slices that committed stay read.
 */
@Component
public class WebhookReader {

	private static final String CENSUS = SqlStatement.load("webhook/census.sql");

	private static final String MARK = SqlStatement.load("webhook/mark.sql");

	private static final String CLAIM = SqlStatement.load("webhook/claim.sql");

	private static final String RELEASE = SqlStatement.load("webhook/release.sql");

	private static final String PARSE = SqlStatement.load("webhook/parse.sql");

	// reads of overlapping ranges may run at once (their claims wait for each other, row
	// by row in the same order); a slice read again, which first forgets what was read
	// from its range, runs alone: its deletes and their claims could wait on each other
	private static final String READ_LOCK = "SELECT pg_advisory_xact_lock_shared(hashtext('wa-scorecards:webhook-read'))";

	private static final String RELEASE_LOCK = "SELECT pg_advisory_xact_lock(hashtext('wa-scorecards:webhook-read'))";

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
	 * Reads one slice: claims its rows that no run has read yet and parses them, unless
	 * the slice holds the same rows as when it was last read (then all of them are
	 * claimed). Call it inside a transaction: the slice commits or fails as a whole.
	 * @param slice the time range of rows
	 * @param jobExecutionId the run that reads them
	 * @param reread whether to forget first what was read from the range, to read every
	 * row again
	 * @return what was read
	 */
	public Reading readSlice(Window slice, long jobExecutionId, boolean reread) {
		this.jdbc.getJdbcTemplate().queryForList(reread ? RELEASE_LOCK : READ_LOCK);
		SqlStatement.planForValues(this.jdbc.getJdbcTemplate());
		// a run reads several slices: each parse reads only the rows its own claim took
		Long batchId = this.jdbc.getJdbcTemplate()
			.queryForObject("SELECT nextval('webhook_read_batch_seq')", Long.class);
		MapSqlParameterSource params = new MapSqlParameterSource(Map.of("from", Timestamp.from(slice.from()), "to",
				Timestamp.from(slice.to()), "jobExecutionId", jobExecutionId, "batchId", batchId));
		if (reread) {
			// in the slice's transaction: the others never see the range without its
			// statuses
			this.jdbc.update(RELEASE, params);
		}
		Map<String, Object> census = this.jdbc.queryForMap(CENSUS, params);
		if (Boolean.TRUE.equals(census.get("read_before"))) {
			return new Reading(slice.from(), slice.to(), 0, 0);
		}
		int rows = this.jdbc.update(CLAIM, params);
		this.jdbc.update(PARSE, params);
		this.jdbc.update(MARK,
				params.addValue("rowCount", census.get("row_count")).addValue("idSum", census.get("id_sum")));
		Integer setAside = this.jdbc.queryForObject("""
				SELECT count(*) FROM webhook_finding f JOIN webhook_parse_log l ON l.event_id = f.event_id
				WHERE l.batch_id = :batchId""", params, Integer.class);
		return new Reading(slice.from(), slice.to(), rows, setAside);
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
		 * Splits the range into about {@code count} consecutive slices cut on a grid of
		 * whole hours since the epoch: the grid's step is the range's {@code count}-th
		 * part rounded up to whole hours. The ranges of two dates (of the same length)
		 * are cut at the same instants where they overlap, so a slice one date's read
		 * found unchanged ({@code webhook_read_mark}) is the very slice the other reads.
		 * @param count about how many
		 * @return the slices, in time order, covering this range exactly
		 */
		List<Window> split(int count) {
			long range = micros(this.to) - micros(this.from);
			long step = Math.max(1, ceilDiv(ceilDiv(range, count), HOUR_MICROS)) * HOUR_MICROS;
			List<Window> slices = new ArrayList<>();
			Instant start = this.from;
			long cut = Math.floorDiv(micros(this.from), step) * step + step;
			while (start.isBefore(this.to)) {
				Instant end = Instant.EPOCH.plusNanos(cut * 1000);
				end = end.isBefore(this.to) ? end : this.to;
				slices.add(new Window(start, end));
				start = end;
				cut += step;
			}
			return slices;
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
	 * @param rows the webhook rows read (for the first time, or again when asked)
	 * @param setAside the units of them set aside as malformed
	 */
	public record Reading(Instant from, Instant to, int rows, int setAside) {

	}

}
