package io.wascorecards.kpi;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.wascorecards.db.SqlStatement;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Computes and stores the daily KPIs of one range of connections in one transaction: the
 * range's rows of the date are replaced, so a rerun or a restart leaves exactly one row
 * per connection.
 */
public class DailyKpiTasklet implements Tasklet {

	private static final String DELETE = SqlStatement.load("kpi/delete_daily_kpis.sql");

	private static final String COMPUTE = SqlStatement.load("kpi/daily_kpis.sql");

	private final NamedParameterJdbcTemplate jdbc;

	private final LocalDate businessDate;

	private final Instant asOf;

	private final Duration answerWindow;

	private final String humanRequestPattern;

	private final ConnectionSelection selection;

	public DailyKpiTasklet(NamedParameterJdbcTemplate jdbc, LocalDate businessDate, Instant asOf, Duration answerWindow,
			List<String> humanRequestLexicon, ConnectionSelection selection) {
		this.jdbc = jdbc;
		this.businessDate = businessDate;
		this.asOf = asOf;
		this.answerWindow = answerWindow;
		this.humanRequestPattern = HumanRequestPattern.of(humanRequestLexicon);
		this.selection = selection;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext range = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		MapSqlParameterSource params = new MapSqlParameterSource(this.selection.parameters())
			.addValue("businessDate", this.businessDate)
			.addValue("asOf", Timestamp.from(this.asOf))
			.addValue("answerWindowSeconds", (double) this.answerWindow.toSeconds())
			.addValue("humanRequestPattern", this.humanRequestPattern)
			.addValue("firstConnectionId", range.getLong(ConnectionRangePartitioner.FIRST_ID))
			.addValue("lastConnectionId", range.getLong(ConnectionRangePartitioner.LAST_ID));
		// compiling this large statement (JIT) costs more time than it saves
		this.jdbc.getJdbcTemplate().execute("SET LOCAL jit = off");
		this.jdbc.update(DELETE, params);
		int rows = this.jdbc.update(COMPUTE, params);
		contribution.incrementWriteCount(rows);
		return RepeatStatus.FINISHED;
	}

}
