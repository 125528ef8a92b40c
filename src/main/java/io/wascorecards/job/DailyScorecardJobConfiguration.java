package io.wascorecards.job;

import java.time.Instant;
import java.time.LocalDate;

import io.wascorecards.ScorecardsProperties;
import io.wascorecards.delivery.EmailDelivery;
import io.wascorecards.delivery.EmailDeliveryTasklet;
import io.wascorecards.kpi.ConnectionRangePartitioner;
import io.wascorecards.kpi.ConnectionSelection;
import io.wascorecards.report.PortfolioRenderTasklet;
import io.wascorecards.report.ReportFiles;
import io.wascorecards.report.ReportRenderer;
import io.wascorecards.report.ReportTexts;
import io.wascorecards.report.ScorecardRenderTasklet;
import io.wascorecards.scorecard.ScorecardTasklet;
import io.wascorecards.scoring.ScoringProperties;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The daily scorecard job: read the webhooks and compute the KPIs of the date and of the
 * days its windows need again ({@link KpiPhaseConfiguration}), score them, render each
 * scorecard's PDF and each account manager's portfolio, and e-mail the managers. The
 * steps that run pieces in parallel are partitioned steps built by {@link Steps}.
 */
@Configuration(proxyBeanMethods = false)
class DailyScorecardJobConfiguration {

	@Bean
	Job dailyScorecardJob(JobRepository jobRepository, Step webhookRead, Step dailyKpis, Step kpiBackfill,
			Step scorecards, Step scorecardPdfs, Step portfolioPdfs, Step emails, ReportRenderer renderer,
			RunRequests requests, BackfillPlanListener backfillPlan) {
		return new JobBuilder(JobParameterNames.JOB_NAME, jobRepository).listener(new ReportCompileListener(renderer))
			.listener(new RunRequestListener(requests))
			.listener(backfillPlan)
			.start(webhookRead)
			.next(dailyKpis)
			.next(kpiBackfill)
			.next(scorecards)
			.next(scorecardPdfs)
			.next(portfolioPdfs)
			.next(emails)
			.build();
	}

	/**
	 * A completed date's e-mails that were never delivered, sent again by {@code run}.
	 */
	@Bean
	Job emailRetryJob(JobRepository jobRepository, Step emails) {
		return new JobBuilder(JobParameterNames.EMAIL_RETRY_JOB_NAME, jobRepository).start(emails).build();
	}

	@Bean
	Steps steps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			NamedParameterJdbcTemplate jdbc) {
		return new Steps(jobRepository, transactionManager, jdbc);
	}

	@Bean
	@StepScope
	ConnectionRangePartitioner connectionPartitioner(NamedParameterJdbcTemplate jdbc,
			@Value("#{jobParameters['" + JobParameterNames.CONNECTIONS + "']}") String connections) {
		return new ConnectionRangePartitioner(jdbc, ConnectionSelection.parse(connections));
	}

	@Bean
	Step scorecards(Steps steps, Step scorecard, ConnectionRangePartitioner connectionPartitioner,
			ScorecardsProperties properties) {
		return steps.partitioned(StepNames.SCORECARDS, scorecard, connectionPartitioner, properties.partitions(),
				properties.threads());
	}

	@Bean
	Step scorecard(Steps steps, ScorecardTasklet scorecardTasklet) {
		return steps.worker("scorecard", scorecardTasklet);
	}

	@Bean
	@StepScope
	ScorecardTasklet scorecardTasklet(NamedParameterJdbcTemplate jdbc, ScoringProperties scoring,
			ScorecardsProperties properties,
			@Value("#{jobParameters['" + JobParameterNames.BUSINESS_DATE + "']}") String businessDate,
			@Value("#{jobParameters['" + JobParameterNames.AS_OF + "']}") String asOf,
			@Value("#{jobParameters['" + JobParameterNames.CONNECTIONS + "']}") String connections) {
		return new ScorecardTasklet(jdbc, scoring, properties.answerWindow(), LocalDate.parse(businessDate),
				Instant.parse(asOf), ConnectionSelection.parse(connections));
	}

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
			@Value("#{jobParameters['" + JobParameterNames.BUSINESS_DATE + "']}") String businessDate,
			@Value("#{jobParameters['" + JobParameterNames.CONNECTIONS + "']}") String connections) {
		return new ScorecardRenderTasklet(jdbc, renderer, texts, new ReportFiles(properties.outputDir()), scoring,
				properties.answerWindow(), LocalDate.parse(businessDate), ConnectionSelection.parse(connections));
	}

	@Bean
	Step portfolioPdfs(Steps steps, PortfolioRenderTasklet portfolioRenderTasklet) {
		return steps.single(StepNames.PORTFOLIO_PDFS, portfolioRenderTasklet);
	}

	@Bean
	@StepScope
	PortfolioRenderTasklet portfolioRenderTasklet(NamedParameterJdbcTemplate jdbc, ReportRenderer renderer,
			ReportTexts texts, ScorecardsProperties properties,
			@Value("#{jobParameters['" + JobParameterNames.BUSINESS_DATE + "']}") String businessDate,
			@Value("#{jobParameters['" + JobParameterNames.AS_OF + "']}") String asOf,
			@Value("#{jobParameters['" + JobParameterNames.CONNECTIONS + "']}") String connections) {
		return new PortfolioRenderTasklet(jdbc, renderer, texts, new ReportFiles(properties.outputDir()),
				LocalDate.parse(businessDate), Instant.parse(asOf), ConnectionSelection.parse(connections));
	}

	@Bean
	Step emails(Steps steps, EmailDeliveryTasklet emailDeliveryTasklet) {
		return steps.single(StepNames.EMAILS, emailDeliveryTasklet);
	}

	@Bean
	@StepScope
	EmailDeliveryTasklet emailDeliveryTasklet(EmailDelivery delivery,
			@Value("#{jobParameters['" + JobParameterNames.BUSINESS_DATE + "']}") String businessDate,
			@Value("#{jobParameters['" + JobParameterNames.CONNECTIONS + "']}") String connections,
			@Value("#{jobParameters['" + JobParameterNames.EMAIL + "']}") String email,
			@Value("#{jobParameters['" + JobParameterNames.RESEND + "']}") String resend) {
		return delivery.tasklet(new EmailDeliveryTasklet.Request(LocalDate.parse(businessDate),
				ConnectionSelection.parse(connections), Boolean.parseBoolean(email), Boolean.parseBoolean(resend)));
	}

}
