package io.wascorecards.report;

import io.wascorecards.ScorecardsProperties;
import io.wascorecards.batch.ConnectionRangePartitioner;
import io.wascorecards.batch.RunParameters;
import io.wascorecards.batch.StepNames;
import io.wascorecards.batch.Steps;
import io.wascorecards.scoring.ScoringProperties;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The rendering steps: {@code scorecardPdfs}, partitioned, writes each scorecard's PDF, a
 * range of connections per partition; {@code portfolioPdfs} then writes each account
 * manager's portfolio.
 */
@Configuration(proxyBeanMethods = false)
class ReportStepConfiguration {

	@Bean
	Step scorecardPdfs(Steps steps, Step scorecardPdf, ConnectionRangePartitioner connectionPartitioner,
			ScorecardsProperties properties) {
		return steps.partitioned(StepNames.SCORECARD_PDFS, scorecardPdf, connectionPartitioner, properties.partitions(),
				properties.renderThreads());
	}

	@Bean
	Step scorecardPdf(Steps steps, ScorecardRenderTasklet scorecardRenderTasklet) {
		return steps.worker("scorecardPdf", scorecardRenderTasklet);
	}

	@Bean
	@StepScope
	ScorecardRenderTasklet scorecardRenderTasklet(NamedParameterJdbcTemplate jdbc, ReportRenderer renderer,
			ReportTexts texts, ScoringProperties scoring, ScorecardsProperties properties,
			@Value(RunParameters.OF_THE_STEP) JobParameters parameters) {
		RunParameters run = RunParameters.from(parameters);
		return new ScorecardRenderTasklet(jdbc, renderer, texts, new ReportFiles(properties.outputDir()), scoring,
				properties.answerWindow(), run.businessDate(), run.connections());
	}

	@Bean
	Step portfolioPdfs(Steps steps, PortfolioRenderTasklet portfolioRenderTasklet) {
		return steps.single(StepNames.PORTFOLIO_PDFS, portfolioRenderTasklet);
	}

	@Bean
	@StepScope
	PortfolioRenderTasklet portfolioRenderTasklet(NamedParameterJdbcTemplate jdbc, ReportRenderer renderer,
			ReportTexts texts, ScorecardsProperties properties,
			@Value(RunParameters.OF_THE_STEP) JobParameters parameters) {
		RunParameters run = RunParameters.from(parameters);
		return new PortfolioRenderTasklet(jdbc, renderer, texts, new ReportFiles(properties.outputDir()),
				run.businessDate(), run.asOf(), run.connections());
	}

}
