package io.wascorecards.job;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.wascorecards.batch.JobParameterNames;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of runs ({@code run_request}), read by the launcher, the HTTP API and the
 * command line: one row per date asked of the launcher, whoever asked, queued until its
 * job execution starts, refused, or found already scored. How an execution went is Spring
 * Batch's record, reached through the execution recorded here.
 */
@Component
public class RunRequests {

	private static final String API_PREFIX = "api:";

	private static final String COLUMNS = """
			SELECT id, business_date, connections, as_of, email, resend, rerun, requested_by, requested_at,
			       job_execution_id, email_retry_execution_id, refusal
			FROM run_request""";

	private final NamedParameterJdbcTemplate jdbc;

	private final JobRepository jobRepository;

	RunRequests(NamedParameterJdbcTemplate jdbc, JobRepository jobRepository) {
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
	}

	/**
	 * Records a run asked for one date.
	 * @param request what is asked, for one date
	 * @param requestedBy who asks
	 * @return the run, queued
	 */
	public RunOutcome queue(RunRequest request, String requestedBy) {
		if (!request.from().equals(request.to())) {
			throw new IllegalArgumentException("One run per date: " + request.from() + " to " + request.to());
		}
		return this.jdbc.queryForObject("""
				INSERT INTO run_request (business_date, connections, as_of, email, resend, rerun, requested_by)
				VALUES (:date, CAST(:connections AS text[]), :asOf, :email, :resend, :rerun, :requestedBy)
				RETURNING id, requested_at""",
				new MapSqlParameterSource().addValue("date", request.from())
					.addValue("connections", request.connections().toArray(String[]::new))
					.addValue("asOf", timestamp(request.asOf()))
					.addValue("email", request.email())
					.addValue("resend", request.resend())
					.addValue("rerun", request.rerun())
					.addValue("requestedBy", requestedBy),
				(row, i) -> new RunOutcome(row.getLong("id"), request, requestedBy,
						row.getTimestamp("requested_at").toInstant(), null, null, null));
	}

	/**
	 * Records the run of the date a request is about to launch, before the launch: the
	 * number is never given twice, even when the process dies before the job records its
	 * execution.
	 */
	void launching(long id, long runNumber, Instant asOf) {
		this.jdbc.update("UPDATE run_request SET run_number = :run, as_of = :asOf WHERE id = :id",
				new MapSqlParameterSource().addValue("id", id)
					.addValue("run", runNumber)
					.addValue("asOf", timestamp(asOf)));
	}

	/**
	 * Links a run asked to the job execution that carries it out, once, with the run and
	 * the instant that execution has.
	 */
	void started(long id, JobExecution execution) {
		JobParameters parameters = execution.getJobParameters();
		this.jdbc.update("""
				UPDATE run_request SET job_execution_id = :execution, run_number = :run, as_of = :asOf
				WHERE id = :id AND job_execution_id IS NULL""",
				new MapSqlParameterSource().addValue("id", id)
					.addValue("execution", execution.getId())
					.addValue("run", parameters.getLong(JobParameterNames.RUN_NUMBER))
					.addValue("asOf", timestamp(Instant.parse(parameters.getString(JobParameterNames.AS_OF)))));
	}

	/** Records that the date had already been scored, and what was done instead. */
	void alreadyScored(long id, JobExecution scored, JobExecution emailRetry, String note) {
		this.jdbc.update(
				"""
						UPDATE run_request SET job_execution_id = :execution, run_number = :run, email_retry_execution_id = :retry,
						                       refusal = :note
						WHERE id = :id AND job_execution_id IS NULL""",
				new MapSqlParameterSource().addValue("id", id)
					.addValue("execution", scored.getId())
					.addValue("run", scored.getJobParameters().getLong(JobParameterNames.RUN_NUMBER))
					.addValue("retry", (emailRetry != null) ? emailRetry.getId() : null)
					.addValue("note", note));
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
	 * The runs of all connections of a date that were launched, newest first.
	 * @return their run numbers
	 */
	List<Long> runsOfAllConnections(LocalDate date) {
		// a rerun of some connections neither completes nor resumes the date's run
		return this.jdbc.queryForList("""
				SELECT DISTINCT run_number FROM run_request
				WHERE business_date = :date AND connections = '{}' AND run_number IS NOT NULL
				ORDER BY run_number DESC""", Map.of("date", date), Long.class);
	}

	/**
	 * The number of a new run of a date: 0 for the first one, then one more than any run
	 * of the date launched.
	 */
	long nextRunNumber(LocalDate date) {
		return this.jdbc.queryForObject(
				"SELECT coalesce(max(run_number) + 1, 0) FROM run_request WHERE business_date = :date",
				Map.of("date", date), Long.class);
	}

	/**
	 * Whether a run of the date has completed, so that its stored results can be
	 * exported.
	 */
	boolean hasCompletedRun(LocalDate date) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM run_request r
				               JOIN batch_job_execution e ON e.job_execution_id = r.job_execution_id
				               WHERE r.business_date = :date AND e.status = 'COMPLETED')""", Map.of("date", date),
				Boolean.class));
	}

	/**
	 * A run asked.
	 * @param id its id
	 * @return it, or {@code null} when there is none
	 */
	public RunOutcome find(long id) {
		List<RunOutcome> found = read(COLUMNS + " WHERE id = :id", Map.of("id", id));
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
	public RunOutcome nextQueuedForApi() {
		List<RunOutcome> queued = read(COLUMNS + """
				 WHERE starts_with(requested_by, :prefix) AND job_execution_id IS NULL AND refusal IS NULL
				ORDER BY id LIMIT 1""", Map.of("prefix", API_PREFIX));
		return queued.isEmpty() ? null : queued.get(0);
	}

	/**
	 * The runs asked for a range of dates, newest first.
	 * @param from the first date
	 * @param to the last date
	 * @param limit at most this many
	 * @return the runs
	 */
	public List<RunOutcome> between(LocalDate from, LocalDate to, int limit) {
		return read(COLUMNS + " WHERE business_date BETWEEN :from AND :to ORDER BY id DESC LIMIT :limit",
				Map.of("from", from, "to", to, "limit", limit));
	}

	private List<RunOutcome> read(String sql, Map<String, ?> parameters) {
		// the executions are read once the rows are, not while their result set is open
		return this.jdbc.query(sql, parameters, ROWS)
			.stream()
			.map((row) -> new RunOutcome(row.id(), row.request(), row.requestedBy(), row.requestedAt(),
					execution(row.execution()), execution(row.emailRetry()), row.refusal()))
			.toList();
	}

	private JobExecution execution(Long id) {
		return (id != null) ? this.jobRepository.getJobExecution(id) : null;
	}

	private static final RowMapper<Row> ROWS = (row, i) -> new Row(row.getLong("id"),
			new RunRequest(row.getObject("business_date", LocalDate.class),
					row.getObject("business_date", LocalDate.class), texts(row.getArray("connections")),
					instant(row, "as_of"), row.getBoolean("email"), row.getBoolean("resend"), row.getBoolean("rerun")),
			row.getString("requested_by"), instant(row, "requested_at"), (Long) row.getObject("job_execution_id"),
			(Long) row.getObject("email_retry_execution_id"), row.getString("refusal"));

	private static List<String> texts(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private record Row(long id, RunRequest request, String requestedBy, Instant requestedAt, Long execution,
			Long emailRetry, String refusal) {
	}

}
