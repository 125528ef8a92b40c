package io.wascorecards.job;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The log of the runs asked of the launcher ({@code run_request}): one per date, queued
 * until its job execution starts, or refused.
 */
@Component
public class RunRequests {

	private static final String API_PREFIX = "api:";

	private static final String COLUMNS = """
			SELECT id, business_date, connections, email, resend, requested_by, requested_at, job_execution_id, refusal
			FROM run_request""";

	private final NamedParameterJdbcTemplate jdbc;

	// the request whose job is being launched on this thread (jobs run on the launching
	// thread): a resumed run carries the parameters of the run it resumes, not its
	// request
	private final ThreadLocal<Long> launching = new ThreadLocal<>();

	RunRequests(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a run asked for one date.
	 * @return its id
	 */
	public long queue(LocalDate businessDate, List<String> connections, boolean email, boolean resend,
			String requestedBy) {
		return this.jdbc.queryForObject("""
				INSERT INTO run_request (business_date, connections, email, resend, requested_by)
				VALUES (:date, CAST(:connections AS text[]), :email, :resend, :requestedBy) RETURNING id""",
				new MapSqlParameterSource().addValue("date", businessDate)
					.addValue("connections", connections.toArray(String[]::new))
					.addValue("email", email)
					.addValue("resend", resend)
					.addValue("requestedBy", requestedBy),
				Long.class);
	}

	/** Links a run asked to the job execution that carries it out, once. */
	void started(long id, long jobExecutionId) {
		this.jdbc.update(
				"UPDATE run_request SET job_execution_id = :execution WHERE id = :id AND job_execution_id IS NULL",
				Map.of("id", id, "execution", jobExecutionId));
	}

	/**
	 * Launches the job of a request, so that the job's start links it ({@link #started}).
	 */
	JobExecution launching(long id, Launch launch) throws Exception {
		this.launching.set(id);
		try {
			return launch.launch();
		}
		finally {
			this.launching.remove();
		}
	}

	/**
	 * The request whose job is being launched on this thread.
	 * @return its id, or {@code null}
	 */
	Long launching() {
		return this.launching.get();
	}

	/** Launches a job. */
	interface Launch {

		JobExecution launch() throws Exception;

	}

	/**
	 * Records why a run asked was not started.
	 * @param id the run asked
	 * @param reason why
	 */
	public void refused(long id, String reason) {
		// never on a run that started
		this.jdbc.update("UPDATE run_request SET refusal = :reason WHERE id = :id AND job_execution_id IS NULL",
				Map.of("id", id, "reason", reason));
	}

	/**
	 * A run asked.
	 * @param id its id
	 * @return it, or {@code null} when there is none
	 */
	public Request find(long id) {
		List<Request> found = this.jdbc.query(COLUMNS + " WHERE id = :id", Map.of("id", id), ROWS);
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * Who asked, for a user of the HTTP API.
	 * @param user the user's name
	 * @return {@code api:<user>}
	 */
	public static String api(String user) {
		return API_PREFIX + user;
	}

	/**
	 * The oldest run asked through the HTTP API that has neither started nor been
	 * refused.
	 * @return it, or {@code null} when there is none
	 */
	public Request nextQueuedForApi() {
		List<Request> queued = this.jdbc.query(COLUMNS + """
				 WHERE starts_with(requested_by, :prefix) AND job_execution_id IS NULL AND refusal IS NULL
				ORDER BY id LIMIT 1""", Map.of("prefix", API_PREFIX), ROWS);
		return queued.isEmpty() ? null : queued.get(0);
	}

	/**
	 * The runs asked for a range of dates, newest first.
	 * @param from the first date
	 * @param to the last date
	 * @param limit at most this many
	 * @return the runs
	 */
	public List<Request> between(LocalDate from, LocalDate to, int limit) {
		return this.jdbc.query(COLUMNS + " WHERE business_date BETWEEN :from AND :to ORDER BY id DESC LIMIT :limit",
				Map.of("from", from, "to", to, "limit", limit), ROWS);
	}

	private static final RowMapper<Request> ROWS = (row, i) -> new Request(row.getLong("id"),
			row.getObject("business_date", LocalDate.class), texts(row.getArray("connections")),
			row.getBoolean("email"), row.getBoolean("resend"), row.getString("requested_by"),
			row.getTimestamp("requested_at").toInstant(), (Long) row.getObject("job_execution_id"),
			row.getString("refusal"));

	private static List<String> texts(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	/**
	 * A run asked.
	 *
	 * @param id its id
	 * @param businessDate the date
	 * @param connections the phone_number_ids it is limited to, empty for all
	 * @param email whether it e-mails
	 * @param resend whether it sends again to managers already sent
	 * @param requestedBy who asked: {@code command line}, {@code scheduler} or
	 * {@code api:<user>}
	 * @param requestedAt when
	 * @param jobExecutionId the job execution once started, else {@code null}
	 * @param refusal why it was not started, else {@code null}
	 */
	public record Request(long id, LocalDate businessDate, List<String> connections, boolean email, boolean resend,
			String requestedBy, Instant requestedAt, Long jobExecutionId, String refusal) {

	}

}
