package io.wascorecards.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.wascorecards.db.SqlStatement;
import io.wascorecards.batch.ConnectionSelection;
import io.micrometer.core.instrument.Metrics;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes the portfolio PDF of every account manager with a scored brand on the date (of
 * the selected connections' managers only, when a run is limited to some), one manager at
 * a time, and records each file.
 */
class PortfolioRenderTasklet implements Tasklet {

	private static final String RECORD = SqlStatement.load("report/record_portfolio_pdf.sql");

	private final NamedParameterJdbcTemplate jdbc;

	private final ReportRenderer renderer;

	private final ReportFiles files;

	private final PortfolioParameters parameters;

	private final LocalDate businessDate;

	private final Instant asOf;

	private final ConnectionSelection selection;

	PortfolioRenderTasklet(NamedParameterJdbcTemplate jdbc, ReportRenderer renderer, ReportTexts texts,
			ReportFiles files, LocalDate businessDate, Instant asOf, ConnectionSelection selection) {
		this.jdbc = jdbc;
		this.renderer = renderer;
		this.files = files;
		this.parameters = new PortfolioParameters(texts);
		this.businessDate = businessDate;
		this.asOf = asOf;
		this.selection = selection;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		new Portfolios(this.jdbc).forEachManager(this.businessDate, this.selection,
				(rows) -> render(rows, contribution));
		return RepeatStatus.FINISHED;
	}

	private void render(List<PortfolioRow> rows, StepContribution contribution) {
		long managerId = rows.get(0).managerId();
		Path path = this.files.portfolio(this.businessDate, managerId);
		byte[] pdf = this.renderer.render("portfolio", this.parameters.of(rows, this.businessDate, this.asOf),
				this.parameters.data(rows), this.parameters.title(rows, this.businessDate));
		this.jdbc.update(RECORD,
				new MapSqlParameterSource().addValue("managerId", managerId)
					.addValue("businessDate", this.businessDate)
					.addValue("brands", rows.size())
					.addValue("pdfPath", path.toString())
					.addValue("pdfSha256", ReportFiles.write(path, pdf)));
		contribution.incrementWriteCount(1);
		Metrics.counter("scorecards.pdfs.rendered", "report", "portfolio").increment();
	}

}
