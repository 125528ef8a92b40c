package io.wascorecards.webhook;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.wascorecards.ScorecardsProperties;
import io.wascorecards.db.SqlStatement;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the webhook rows a business date needs: those received from the earliest start of
 * the day among the connections' zones to the latest end plus the answer window, that no
 * run has read yet. Each row is read once, unless {@code reread} asks to read the date's
 * rows again after a data fix. Call it inside a transaction: it takes a lock that keeps
 * concurrent runs from reading the same rows twice.
 */
@Component
public class WebhookReader {

	private static final String CLAIM = SqlStatement.load("webhook/claim.sql");

	private static final String RELEASE = SqlStatement.load("webhook/release.sql");

	private static final String PARSE = SqlStatement.load("webhook/parse.sql");

	private final NamedParameterJdbcTemplate jdbc;

	private final Duration answerWindow;

	WebhookReader(NamedParameterJdbcTemplate jdbc, ScorecardsProperties properties) {
		this.jdbc = jdbc;
		this.answerWindow = properties.answerWindow();
	}

	/**
	 * Reads a date's webhook rows.
	 * @param businessDate the date
	 * @param jobExecutionId the run that reads them
	 * @param reread whether to read again the rows that were already read
	 * @return what was read, or {@code null} when there is no active connection
	 */
	public Reading read(LocalDate businessDate, long jobExecutionId, boolean reread) {
		this.jdbc.getJdbcTemplate()
			.queryForList("SELECT pg_advisory_xact_lock(hashtext('wa-scorecards:webhook-read'))");
		// the planner's row estimates for walking JSON lists are wild; compiling for them
		// costs more than it saves
		this.jdbc.getJdbcTemplate().execute("SET LOCAL jit = off");
		this.jdbc.getJdbcTemplate().execute("SET LOCAL plan_cache_mode = force_custom_plan");
		Window window = window(businessDate);
		if (window == null) {
			return null;
		}
		// a run reads several dates (the backfill): each read parses only the rows it
		// claimed
		Long batchId = this.jdbc.getJdbcTemplate()
			.queryForObject("SELECT nextval('webhook_read_batch_seq')", Long.class);
		Map<String, Object> params = Map.of("from", Timestamp.from(window.from()), "to", Timestamp.from(window.to()),
				"jobExecutionId", jobExecutionId, "batchId", batchId);
		if (reread) {
			this.jdbc.update(RELEASE, params);
		}
		int rows = this.jdbc.update(CLAIM, params);
		this.jdbc.update(PARSE, params);
		Integer setAside = this.jdbc.queryForObject("""
				SELECT count(*) FROM webhook_finding f JOIN webhook_parse_log l ON l.event_id = f.event_id
				WHERE l.batch_id = :batchId""", params, Integer.class);
		return new Reading(window.from(), window.to(), rows, setAside);
	}

	/**
	 * The time range of webhook rows a date needs: from the earliest start of the day
	 * among the active connections' zones to the latest end plus the answer window.
	 * @param businessDate the date
	 * @return the range, or {@code null} when there is no active connection
	 */
	public Window window(LocalDate businessDate) {
		Map<String, Object> window = this.jdbc.queryForMap(
				"""
						SELECT min(CAST(:d AS date)::timestamp AT TIME ZONE timezone) AS from_instant,
						       max((CAST(:d AS date) + 1)::timestamp AT TIME ZONE timezone) + make_interval(secs => :a) AS to_instant
						FROM wa_connection WHERE active""",
				Map.of("d", businessDate, "a", this.answerWindow.toSeconds()));
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

	}

	/**
	 * What one read did.
	 *
	 * @param from the start of the time range read
	 * @param to its end (exclusive)
	 * @param rows the webhook rows read for the first time
	 * @param setAside the units of them set aside as malformed
	 */
	public record Reading(Instant from, Instant to, int rows, int setAside) {

	}

}
