package io.wascorecards.kpi;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.wascorecards.db.ParallelTransactions;
import io.wascorecards.webhook.WebhookReader;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Computes the daily KPIs the windows a scorecard sums lack, one date at a time, oldest
 * first: the rows missing (a first run, a gap in the nightly runs) and the rows that were
 * provisional when computed, as of an earlier instant than this run's (the previous
 * night's day: its late answers, replies and statuses arrived since, and a connection's
 * day may even have ended after that run). The date's webhooks are read (committed slice
 * by slice), then the KPIs of those connections, in {@code scorecards.threads} groups at
 * once, each committed on its own. A night after a night computes the day before again
 * (and for zones far behind the schedule's the day before that), and then they are final.
 */
public class DailyKpiBackfillTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(DailyKpiBackfillTasklet.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final WebhookReader webhookReader;

	private final DailyKpiCalculator calculator;

	private final ParallelTransactions parallel;

	private final int groups;

	private final LocalDate firstDate;

	/**
	 * The last date computed by this execution: each date once, never again, in order.
	 */
	private LocalDate computed;

	private final LocalDate lastDate;

	private final Instant asOf;

	private final Duration answerWindow;

	private final ConnectionSelection selection;

	/**
	 * Creates the tasklet.
	 * @param jdbc the database
	 * @param webhookReader reads a date's webhooks
	 * @param calculator computes a date's KPIs
	 * @param transactionManager the transactions each group of connections is computed in
	 * @param threads how many groups of connections are computed at once
	 * @param businessDate the date being scored
	 * @param lookbackDays how many days the scorecard's windows reach back, the date
	 * included
	 * @param earliestDate the first date any run computes
	 * ({@code scorecards.earliest-date})
	 * @param asOf the instant the run computes as of
	 * @param answerWindow the answer window, after which a day is final
	 * @param selection the connections of the run
	 */
	public DailyKpiBackfillTasklet(NamedParameterJdbcTemplate jdbc, WebhookReader webhookReader,
			DailyKpiCalculator calculator, PlatformTransactionManager transactionManager, int threads,
			LocalDate businessDate, int lookbackDays, LocalDate earliestDate, Instant asOf, Duration answerWindow,
			ConnectionSelection selection) {
		this.jdbc = jdbc;
		this.webhookReader = webhookReader;
		this.calculator = calculator;
		this.parallel = new ParallelTransactions(transactionManager, threads);
		this.groups = threads;
		LocalDate windowStart = businessDate.minusDays(lookbackDays - 1);
		this.firstDate = windowStart.isBefore(earliestDate) ? earliestDate : windowStart;
		this.lastDate = businessDate.minusDays(1);
		this.asOf = asOf;
		this.answerWindow = answerWindow;
		this.selection = selection;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws SQLException {
		if (this.lastDate.isBefore(this.firstDate)) {
			return RepeatStatus.FINISHED;
		}
		List<Map<String, Object>> missing = this.jdbc.queryForList("""
				SELECT d.business_date, array_agg(c.id ORDER BY c.id) AS ids
				FROM (SELECT CAST(g AS date) AS business_date
				      FROM generate_series(CAST(:first AS date), CAST(:last AS date), interval '1 day') g) d
				CROSS JOIN wa_connection c
				WHERE c.active AND (CAST(:after AS date) IS NULL OR d.business_date > CAST(:after AS date))
				  AND (CAST(:only AS bigint[]) IS NULL OR c.id = ANY (CAST(:only AS bigint[])))
				  -- a stored row stands when it was final when computed, or is as of this run or later
				  AND NOT EXISTS (SELECT 1 FROM daily_kpi k
				                  WHERE k.connection_id = c.id AND k.business_date = d.business_date
				                    AND (k.as_of >= k.window_end + make_interval(secs => :answerWindowSeconds)
				                         OR k.as_of >= :asOf))
				GROUP BY d.business_date
				ORDER BY d.business_date
				LIMIT 1""",
				new MapSqlParameterSource(this.selection.parameters()).addValue("first", this.firstDate)
					.addValue("last", this.lastDate)
					.addValue("after", this.computed, Types.DATE)
					.addValue("asOf", Timestamp.from(this.asOf))
					.addValue("answerWindowSeconds", (double) this.answerWindow.toSeconds()));
		if (missing.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		LocalDate date = ((java.sql.Date) missing.get(0).get("business_date")).toLocalDate();
		long[] ids = Arrays.stream((Long[]) ((Array) missing.get(0).get("ids")).getArray())
			.mapToLong(Long::longValue)
			.toArray();
		long jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		this.webhookReader.read(date, jobExecutionId, false);
		int groupSize = (ids.length + this.groups - 1) / this.groups;
		List<Supplier<Integer>> groups = new ArrayList<>();
		for (int from = 0; from < ids.length; from += groupSize) {
			long[] group = Arrays.copyOfRange(ids, from, Math.min(from + groupSize, ids.length));
			groups.add(() -> this.calculator.compute(date, this.asOf, group[0], group[group.length - 1],
					new ConnectionSelection(group)));
		}
		int rows = this.parallel.run("computing KPIs", groups).stream().mapToInt(Integer::intValue).sum();
		this.computed = date;
		contribution.incrementWriteCount(rows);
		logger.info("Computed the missing or provisional KPIs of %s for %d connections".formatted(date, rows));
		return RepeatStatus.CONTINUABLE;
	}

}
