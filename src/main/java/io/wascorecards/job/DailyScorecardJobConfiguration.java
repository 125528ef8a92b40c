package io.wascorecards.job;

import io.wascorecards.batch.JobParameterNames;
import io.wascorecards.kpi.BackfillPlanListener;
import io.wascorecards.report.ReportRenderer;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily scorecard job, from the steps each feature declares: read the webhooks
 * ({@code webhook}) and compute the KPIs of the date and of the days its windows need
 * again ({@code kpi}, which plans those days when the run starts), score them
 * ({@code scorecard}), render each scorecard's PDF and each account manager's portfolio
 * ({@code report}), and e-mail the managers ({@code delivery}).
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

}
