package io.wascorecards.report;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.wascorecards.db.SqlStatement;
import io.wascorecards.batch.ConnectionRangePartitioner;
import io.wascorecards.batch.ConnectionSelection;
import io.wascorecards.scoring.ScoringProperties;
import io.micrometer.core.instrument.Metrics;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * One partition of the rendering step: writes the PDF of every scorecard of a range of
 * connections that has none yet (so that a restarted run renders only what is missing),
 * one at a time, and records each file's path and SHA-256.
 */
class ScorecardRenderTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(ScorecardRenderTasklet.class);

	private static final String QUERY = SqlStatement.load("report/scorecard_report.sql");

	private static final String RECORD = SqlStatement.load("report/record_scorecard_pdf.sql");

	private final NamedParameterJdbcTemplate jdbc;

	private final ReportRenderer renderer;

	private final ReportFiles files;

	private final ScoringProperties scoring;

	private final ScorecardParameters parameters;

	private final LocalDate businessDate;

	private final ConnectionSelection selection;

	ScorecardRenderTasklet(NamedParameterJdbcTemplate jdbc, ReportRenderer renderer, ReportTexts texts,
			ReportFiles files, ScoringProperties scoring, Duration answerWindow, LocalDate businessDate,
			ConnectionSelection selection) {
		this.jdbc = jdbc;
		this.renderer = renderer;
		this.files = files;
		this.scoring = scoring;
		this.parameters = new ScorecardParameters(texts, answerWindow);
		this.businessDate = businessDate;
		this.selection = selection;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext range = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		MapSqlParameterSource params = new MapSqlParameterSource(this.selection.parameters())
			.addValue("businessDate", this.businessDate)
			.addValues(this.scoring.windowParameters())
			.addValue("firstConnectionId", range.getLong(ConnectionRangePartitioner.FIRST_ID))
			.addValue("lastConnectionId", range.getLong(ConnectionRangePartitioner.LAST_ID))
			.addValue("unrenderedOnly", true)
			.addValue("trendDays", TrendChart.DAYS);
		List<MapSqlParameterSource> rendered = new ArrayList<>();
		this.jdbc.query(QUERY, params, (RowCallbackHandler) (result) -> {
			ScorecardReportRow row = ScorecardReportRow.of(result, this.businessDate);
			Path path;
			try {
				path = this.files.scorecard(this.businessDate, row.phoneNumberId());
			}
			catch (IllegalArgumentException ex) {
				logger.warn("No PDF for connection " + row.connectionId() + ": " + ex.getMessage());
				contribution.incrementFilterCount(1);
				return;
			}
			byte[] pdf = this.renderer.render("scorecard",
					this.parameters.of(row, this.scoring.forConnection(row.phoneNumberId())), new JREmptyDataSource(1),
					this.parameters.title(row));
			rendered.add(new MapSqlParameterSource().addValue("businessDate", this.businessDate)
				.addValue("connectionId", row.connectionId())
				.addValue("pdfPath", path.toString())
				.addValue("pdfSha256", ReportFiles.write(path, pdf)));
		});
		this.jdbc.batchUpdate(RECORD, rendered.toArray(MapSqlParameterSource[]::new));
		contribution.incrementWriteCount(rendered.size());
		Metrics.counter("scorecards.pdfs.rendered", "report", "scorecard").increment(rendered.size());
		return RepeatStatus.FINISHED;
	}

}
