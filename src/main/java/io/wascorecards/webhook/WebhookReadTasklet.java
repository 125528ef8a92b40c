package io.wascorecards.webhook;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.wascorecards.db.SqlStatement;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads the webhook rows a business date needs (received from the earliest start of the
 * day among the connections' zones to the latest end plus the answer window) that no run
 * has read yet. Each row is read once, unless {@code reread} asks to read the date's rows
 * again after a data fix. Runs in one transaction, under a lock that keeps concurrent
 * runs from reading the same rows twice.
 */
public class WebhookReadTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(WebhookReadTasklet.class);

	private static final String CLAIM = SqlStatement.load("webhook/claim.sql");

	private static final String RELEASE = SqlStatement.load("webhook/release.sql");

	private static final String PARSE = SqlStatement.load("webhook/parse.sql");

	private final NamedParameterJdbcTemplate jdbc;

	private final LocalDate businessDate;

	private final Duration answerWindow;

	private final boolean reread;

	public WebhookReadTasklet(NamedParameterJdbcTemplate jdbc, LocalDate businessDate, Duration answerWindow,
			boolean reread) {
		this.jdbc = jdbc;
		this.businessDate = businessDate;
		this.answerWindow = answerWindow;
		this.reread = reread;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		this.jdbc.getJdbcTemplate()
			.queryForList("SELECT pg_advisory_xact_lock(hashtext('wa-scorecards:webhook-read'))");
		// the planner's row estimates for walking JSON lists are wild; compiling for them
		// costs more than it saves
		this.jdbc.getJdbcTemplate().execute("SET LOCAL jit = off");
		Map<String, Object> window = this.jdbc.queryForMap(
				"""
						SELECT min(CAST(:d AS date)::timestamp AT TIME ZONE timezone) AS from_instant,
						       max((CAST(:d AS date) + 1)::timestamp AT TIME ZONE timezone) + make_interval(secs => :a) AS to_instant
						FROM wa_connection WHERE active""",
				Map.of("d", this.businessDate, "a", this.answerWindow.toSeconds()));
		if (window.get("from_instant") == null) {
			return RepeatStatus.FINISHED;
		}
		Map<String, Object> params = Map.of("from", window.get("from_instant"), "to", window.get("to_instant"),
				"jobExecutionId", jobExecutionId);
		if (this.reread) {
			this.jdbc.update(RELEASE, params);
		}
		int claimed = this.jdbc.update(CLAIM, params);
		this.jdbc.update(PARSE, params);
		Integer setAside = this.jdbc.queryForObject("""
				SELECT count(*) FROM webhook_finding f JOIN webhook_parse_log l ON l.event_id = f.event_id
				WHERE l.job_execution_id = :jobExecutionId""", params, Integer.class);
		contribution.incrementWriteCount(claimed);
		contribution.incrementFilterCount(setAside);
		logger.info("Read %d new webhook rows received %s .. %s; %d units set aside as malformed".formatted(claimed,
				((Timestamp) window.get("from_instant")).toInstant(),
				((Timestamp) window.get("to_instant")).toInstant(), setAside));
		return RepeatStatus.FINISHED;
	}

}
