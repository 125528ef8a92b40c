package io.wascorecards.schedule;

import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;

import io.wascorecards.DatabaseTest;
import io.wascorecards.ScorecardsProperties;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly job and trigger the application registers with Spring Boot's scheduler, and
 * the job created for a firing as Spring Boot's job factory does.
 */
@DatabaseTest
class ScheduleConfigurationTests {

	@Autowired
	private JobDetail nightlyScorecardsJob;

	@Autowired
	private CronTrigger nightlyScorecardsTrigger;

	@Autowired
	private ScorecardsProperties scorecards;

	@Autowired
	private Scheduler scheduler;

	@Autowired
	private ApplicationContext context;

	@Test
	void theJobIsDurableRecoverableAndNeverRunsTwiceAtOnce() {
		assertThat(this.nightlyScorecardsJob.getKey()).isEqualTo(NightlySchedule.JOB);
		assertThat(this.nightlyScorecardsJob.getJobClass()).isEqualTo(NightlyRunJob.class);
		assertThat(this.nightlyScorecardsJob.isDurable()).isTrue();
		assertThat(this.nightlyScorecardsJob.requestsRecovery()).isTrue();
		assertThat(this.nightlyScorecardsJob.isConcurrentExecutionDisallowed()).isTrue();
	}

	@Test
	void theTriggerFiresAt0230InTheScorecardsZoneAndAMissedNightOnce() {
		assertThat(this.nightlyScorecardsTrigger.getKey()).isEqualTo(NightlySchedule.TRIGGER);
		assertThat(this.nightlyScorecardsTrigger.getJobKey()).isEqualTo(NightlySchedule.JOB);
		assertThat(this.nightlyScorecardsTrigger.getCronExpression()).isEqualTo("0 30 2 * * ?");
		assertThat(this.nightlyScorecardsTrigger.getTimeZone().getID())
			.isEqualTo(TimeZone.getTimeZone(this.scorecards.zone()).getID());
		assertThat(this.nightlyScorecardsTrigger.getMisfireInstruction())
			.isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
	}

	@Test
	void theSchedulerIsSpringBootsOnTheJdbcStoreClusteredAndNotStartedByTests() throws Exception {
		assertThat(this.scheduler.getSchedulerName()).isEqualTo("wa-scorecards");
		assertThat(this.scheduler.getMetaData().isJobStoreClustered()).isTrue();
		assertThat(this.scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
		assertThat(this.scheduler.isStarted()).isFalse();
	}

	@Test
	void aFiringGetsTheJobWithTheApplicationsBeans() throws Exception {
		// given: the job factory Spring Boot gives the scheduler
		SpringBeanJobFactory jobFactory = new SpringBeanJobFactory();
		jobFactory.setApplicationContext(this.context);
		Date now = Date.from(Instant.now());
		TriggerFiredBundle firing = new TriggerFiredBundle(this.nightlyScorecardsJob,
				(OperableTrigger) this.nightlyScorecardsTrigger, null, false, now, now, null, null);
		// when
		Job job = jobFactory.newJob(firing, this.scheduler);
		// then
		assertThat(job).isInstanceOf(NightlyRunJob.class);
	}

}
