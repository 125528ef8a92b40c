package io.wascorecards.job;

import java.time.Instant;
import java.time.LocalDate;

import io.wascorecards.ScorecardsProperties;
import io.wascorecards.delivery.EmailDelivery;
import io.wascorecards.delivery.EmailDeliveryTasklet;
import io.wascorecards.kpi.ConnectionRangePartitioner;
import io.wascorecards.kpi.ConnectionSelection;
import io.wascorecards.kpi.DailyKpiBackfillTasklet;
import io.wascorecards.kpi.DailyKpiCalculator;
import io.wascorecards.kpi.DailyKpiTasklet;
import io.wascorecards.report.PortfolioRenderTasklet;
import io.wascorecards.report.ReportFiles;
import io.wascorecards.report.ReportRenderer;
import io.wascorecards.report.ScorecardRenderTasklet;
import io.wascorecards.scorecard.ScorecardTasklet;
import io.wascorecards.scoring.ScoringProperties;
import io.wascorecards.webhook.WebhookReadTasklet;
import io.wascorecards.webhook.WebhookReader;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The daily scorecard job: read the webhooks, compute the KPIs of every connection range
 * in parallel (and the missing days of the windows), score them, render each scorecard's
 * PDF and each account manager's portfolio, and e-mail the managers.
 */
@Configuration(proxyBeanMethods = false)
class DailyScorecardJobConfiguration {

	@Bean
	Job dailyScorecardJob(JobRepository jobRepository, Step webhookRead, Step dailyKpis, Step kpiBackfill,
			Step scorecards, Step scorecardPdfs, Step portfolioPdfs, Step emails, ReportRenderer renderer,
			RunRequests requests) {
		return new JobBuilder(JobParameterNames.JOB_NAME, jobRepository).listener(new JobExecutionListener() {

			@Override
			public void beforeJob(JobExecution jobExecution) {
				renderer.compileInBackground();
				// the run asked now has an execution whose progress can be followed
				Long request = requests.launching();
				if (request != null) {
					requests.started(request, jobExecution.getId());
				}
			}

		})
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
	Step webhookRead(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WebhookReadTasklet webhookReadTasklet) {
		return step("webhookRead", webhookReadTasklet, jobRepository, transactionManager);
	}

	@Bean
	@StepScope
	WebhookReadTasklet webhookReadTasklet(WebhookReader reader,
			@Value("#{jobParameters['" + JobParameterNames.BUSINESS_DATE + "']}") String businessDate,
			@Value("#{jobParameters['" + JobParameterNames.REREAD_WEBHOOKS + "']}") String reread) {
		return new WebhookReadTasklet(reader, LocalDate.parse(businessDate), Boolean.parseBoolean(reread));
	}

	@Bean
	Step dailyKpis(JobRepository jobRepository, Step dailyKpi, ConnectionRangePartitioner connectionPartitioner,
			ScorecardsProperties properties) {
		return partitioned("dailyKpis", dailyKpi, connectionPartitioner, jobRepository, properties);
	}

	@Bean
	Step dailyKpi(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DailyKpiTasklet dailyKpiTasklet) {
		return partition("dailyKpi", dailyKpiTasklet, jobRepository, transactionManager);
	}

	@Bean
	@StepScope
	ConnectionRangePartitioner connectionPartitioner(NamedParameterJdbcTemplate jdbc,
			@Value("#{jobParameters['" + JobParameterNames.CONNECTIONS + "']}") String connections) {
		return new ConnectionRangePartitioner(jdbc, ConnectionSelection.parse(connections));
	}

	@Bean
	@StepScope
	DailyKpiTasklet dailyKpiTasklet(DailyKpiCalculator calculator,
			@Value("#{jobParameters['" + JobParameterNames.BUSINESS_DATE + "']}") String businessDate,
			@Value("#{jobParameters['" + JobParameterNames.AS_OF + "']}") String asOf,
			@Value("#{jobParameters['" + JobParameterNames.CONNECTIONS + "']}") String connections) {
		return new DailyKpiTasklet(calculator, LocalDate.parse(businessDate), Instant.parse(asOf),
				ConnectionSelection.parse(connections));
	}

	@Bean
	Step kpiBackfill(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DailyKpiBackfillTasklet kpiBackfillTasklet) {
		return step("kpiBackfill", kpiBackfillTasklet, jobRepository, transactionManager);
	}

	@Bean
	@StepScope
	DailyKpiBackfillTasklet kpiBackfillTasklet(NamedParameterJdbcTemplate jdbc, WebhookReader webhookReader,
			DailyKpiCalculator calculator, PlatformTransactionManager transactionManager, ScoringProperties scoring,
			ScorecardsProperties properties,
			@Value("#{jobParameters['" + JobParameterNames.BUSINESS_DATE + "']}") String businessDate,
			@Value("#{jobParameters['" + JobParameterNames.AS_OF + "']}") String asOf,
			@Value("#{jobParameters['" + JobParameterNames.CONNECTIONS + "']}") String connections) {
		return new DailyKpiBackfillTasklet(jdbc, webhookReader, calculator, transactionManager, properties.threads(),
				LocalDate.parse(businessDate), scoring.lookbackDays(), properties.earliestDate(), Instant.parse(asOf),
				properties.answerWindow(), ConnectionSelection.parse(connections));
	}

	@Bean
	Step scorecards(JobRepository jobRepository, Step scorecard, ConnectionRangePartitioner connectionPartitioner,
			ScorecardsProperties properties) {
		return partitioned("scorecards", scorecard, connectionPartitioner, jobRepository, properties);
	}

	@Bean
	Step scorecard(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScorecardTasklet scorecardTasklet) {
		return partition("scorecard", scorecardTasklet, jobRepository, transactionManager);
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
	Step scorecardPdfs(JobRepository jobRepository, Step scorecardPdf, ConnectionRangePartitioner connectionPartitioner,
			ScorecardsProperties properties) {
		return partitioned("scorecardPdfs", scorecardPdf, connectionPartitioner, jobRepository, properties.partitions(),
				properties.renderThreads());
	}

	@Bean
	Step scorecardPdf(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScorecardRenderTasklet scorecardRenderTasklet) {
		return partition("scorecardPdf", scorecardRenderTasklet, jobRepository, transactionManager);
	}

	@Bean
	@StepScope
	ScorecardRenderTasklet scorecardRenderTasklet(NamedParameterJdbcTemplate jdbc, ReportRenderer renderer,
			ScoringProperties scoring, ScorecardsProperties properties,
			@Value("#{jobParameters['" + JobParameterNames.BUSINESS_DATE + "']}") String businessDate,
			@Value("#{jobParameters['" + JobParameterNames.CONNECTIONS + "']}") String connections) {
		return new ScorecardRenderTasklet(jdbc, renderer, new ReportFiles(properties.outputDir()), scoring,
				properties.answerWindow(), LocalDate.parse(businessDate), ConnectionSelection.parse(connections));
	}

	@Bean
	Step portfolioPdfs(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PortfolioRenderTasklet portfolioRenderTasklet) {
		return step("portfolioPdfs", portfolioRenderTasklet, jobRepository, transactionManager);
	}

	@Bean
	@StepScope
	PortfolioRenderTasklet portfolioRenderTasklet(NamedParameterJdbcTemplate jdbc, ReportRenderer renderer,
			ScorecardsProperties properties,
			@Value("#{jobParameters['" + JobParameterNames.BUSINESS_DATE + "']}") String businessDate,
			@Value("#{jobParameters['" + JobParameterNames.AS_OF + "']}") String asOf,
			@Value("#{jobParameters['" + JobParameterNames.CONNECTIONS + "']}") String connections) {
		return new PortfolioRenderTasklet(jdbc, renderer, new ReportFiles(properties.outputDir()),
				LocalDate.parse(businessDate), Instant.parse(asOf), ConnectionSelection.parse(connections));
	}

	@Bean
	Step emails(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EmailDeliveryTasklet emailDeliveryTasklet) {
		return step("emails", emailDeliveryTasklet, jobRepository, transactionManager);
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

	/** A step that runs its worker once per range of connections, ranges in parallel. */
	private static Step partitioned(String name, Step worker, ConnectionRangePartitioner partitioner,
			JobRepository jobRepository, ScorecardsProperties properties) {
		return partitioned(name, worker, partitioner, jobRepository, properties.partitions(), properties.threads());
	}

	private static Step partitioned(String name, Step worker, ConnectionRangePartitioner partitioner,
			JobRepository jobRepository, int partitions, int threads) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(worker.getName() + "-");
		executor.setConcurrencyLimit(threads);
		return new StepBuilder(name, jobRepository).partitioner(worker.getName(), partitioner)
			.step(worker)
			.gridSize(partitions)
			.taskExecutor(executor)
			.listener(new StepProgressListener())
			.listener(new RunLockListener())
			.build();
	}

	/** A step of one tasklet, run once per job execution. */
	private static Step step(String name, Tasklet tasklet, JobRepository jobRepository,
			PlatformTransactionManager transactionManager) {
		return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager)
			.listener(new StepProgressListener())
			.listener(new RunLockListener())
			.build();
	}

	/** The worker of a partitioned step: one range of connections in one transaction. */
	private static Step partition(String name, Tasklet tasklet, JobRepository jobRepository,
			PlatformTransactionManager transactionManager) {
		return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager)
			.listener(new PartitionProgressListener())
			.listener(new RunLockListener())
			.build();
	}

}
