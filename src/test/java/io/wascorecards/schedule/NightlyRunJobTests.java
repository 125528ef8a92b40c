package io.wascorecards.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import io.wascorecards.job.RunOutcome;
import io.wascorecards.job.RunRefusedException;
import io.wascorecards.job.ScorecardJobLauncher;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;

/**
 * What the nightly job asks the launcher for, and how it takes a refusal or a failure.
 */
class NightlyRunJobTests {

	private static final NightlySchedule SCHEDULE = new NightlySchedule("0 30 2 * * ?", ZoneId.of("America/New_York"));

	private final ScorecardJobLauncher launcher = mock(ScorecardJobLauncher.class);

	private final NightlyRunJob job = new NightlyRunJob(this.launcher, SCHEDULE);

	private final RunOutcome succeeded = succeeded();

	@Test
	void scoresTheDayBeforeTheScheduledFireTimeWithEmails() throws Exception {
		// given
		given(this.launcher.run(LocalDate.parse("2026-03-09"), null, true, NightlyRunJob.SCHEDULER))
			.willReturn(this.succeeded);
		// when
		this.job.executeInternal(firing("2026-03-10T06:30:00Z", "2026-03-09T06:30:00Z"));
		// then
		then(this.launcher).should().run(LocalDate.parse("2026-03-09"), null, true, NightlyRunJob.SCHEDULER);
		then(this.launcher).shouldHaveNoMoreInteractions();
	}

	@Test
	void aRunInProgressElsewhereIsNotAnError() {
		// given
		willThrow(new RunRefusedException("A run for 2026-03-09 is already in progress")).given(this.launcher)
			.run(LocalDate.parse("2026-03-09"), null, true, NightlyRunJob.SCHEDULER);
		// when, then
		assertThatNoException()
			.isThrownBy(() -> this.job.executeInternal(firing("2026-03-10T06:30:00Z", "2026-03-09T06:30:00Z")));
	}

	@Test
	void aNightSkippedBySpringingForwardIsScoredFirst() throws Exception {
		// given: 02:30 of 8 March does not exist in New York
		given(this.launcher.run(LocalDate.parse("2026-03-07"), null, true, NightlyRunJob.SCHEDULER))
			.willReturn(this.succeeded);
		given(this.launcher.run(LocalDate.parse("2026-03-08"), null, true, NightlyRunJob.SCHEDULER))
			.willReturn(this.succeeded);
		// when
		this.job.executeInternal(firing("2026-03-09T06:30:00Z", "2026-03-07T07:30:00Z"));
		// then
		InOrder order = inOrder(this.launcher);
		order.verify(this.launcher).run(LocalDate.parse("2026-03-07"), null, true, NightlyRunJob.SCHEDULER);
		order.verify(this.launcher).run(LocalDate.parse("2026-03-08"), null, true, NightlyRunJob.SCHEDULER);
		order.verifyNoMoreInteractions();
	}

	@Test
	void aFailedDateDoesNotKeepTheNextOneFromItsRunButFailsTheFiring() {
		// given
		willThrow(new DataAccessResourceFailureException("connection refused")).given(this.launcher)
			.run(LocalDate.parse("2026-03-07"), null, true, NightlyRunJob.SCHEDULER);
		given(this.launcher.run(LocalDate.parse("2026-03-08"), null, true, NightlyRunJob.SCHEDULER))
			.willReturn(this.succeeded);
		// when, then
		assertThatExceptionOfType(JobExecutionException.class)
			.isThrownBy(() -> this.job.executeInternal(firing("2026-03-09T06:30:00Z", "2026-03-07T07:30:00Z")))
			.withMessageContaining("2026-03-07");
		then(this.launcher).should().run(LocalDate.parse("2026-03-08"), null, true, NightlyRunJob.SCHEDULER);
	}

	private static JobExecutionContext firing(String scheduledFireTime, String previousFireTime) {
		JobExecutionContext context = mock(JobExecutionContext.class);
		given(context.getScheduledFireTime()).willReturn(Date.from(Instant.parse(scheduledFireTime)));
		given(context.getPreviousFireTime()).willReturn(Date.from(Instant.parse(previousFireTime)));
		return context;
	}

	private static RunOutcome succeeded() {
		RunOutcome outcome = mock(RunOutcome.class);
		given(outcome.succeeded()).willReturn(true);
		return outcome;
	}

}
