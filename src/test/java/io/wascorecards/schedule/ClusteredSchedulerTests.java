package io.wascorecards.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import io.wascorecards.DatabaseTest;
import io.wascorecards.schedule.CountingJob.Execution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of a cluster on the one database, each registering the same job and trigger
 * and starting its scheduler, as two {@code serve} processes do: a trigger fires on one
 * node only, and a night missed while no node ran fires once.
 */
@DatabaseTest
class ClusteredSchedulerTests {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private QuartzProperties quartz;

	@Autowired
	private JdbcTemplate jdbc;

	private TestSchedulers nodes;

	@BeforeEach
	void setUp() {
		CountingJob.executions.clear();
		this.nodes = new TestSchedulers(this.dataSource, this.quartz, this.jdbc, "schedule-tests-cluster");
	}

	@AfterEach
	void tearDown() throws Exception {
		this.nodes.close();
	}

	@Test
	void aTriggerRegisteredByTwoNodesIsStoredOnceAndFiresOnce() throws Exception {
		// given
		JobDetail job = JobBuilder.newJob(CountingJob.class).withIdentity("counting").storeDurably().build();
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity("inOneSecond")
			.forJob(job)
			.startAt(Date.from(Instant.now().plusSeconds(1)))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule())
			.build();
		Scheduler one = this.nodes.node("node-1", job, trigger);
		Scheduler two = this.nodes.node("node-2", job, trigger);
		assertThat(one.getSchedulerInstanceId()).isNotEqualTo(two.getSchedulerInstanceId());
		assertThat(this.nodes.count("qrtz_triggers")).isOne();
		// when
		one.start();
		two.start();
		// then: once it has fired and is gone from the store, no node can fire it again
		TestSchedulers.await("the trigger to fire and complete", Duration.ofSeconds(30),
				() -> !CountingJob.executions.isEmpty() && this.nodes.count("qrtz_triggers") == 0
						&& this.nodes.count("qrtz_fired_triggers") == 0);
		assertThat(CountingJob.executions).hasSize(1);
		assertThat(CountingJob.executions.get(0).instanceId()).isIn(one.getSchedulerInstanceId(),
				two.getSchedulerInstanceId());
	}

	@Test
	void aCronTriggerFiresEachTimeOnOneNodeOnly() throws Exception {
		// given: every second
		JobDetail job = JobBuilder.newJob(CountingJob.class).withIdentity("counting").storeDurably().build();
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity("everySecond")
			.forJob(job)
			.withSchedule(CronScheduleBuilder.cronSchedule("* * * * * ?"))
			.build();
		Scheduler one = this.nodes.node("node-1", job, trigger);
		Scheduler two = this.nodes.node("node-2", job, trigger);
		// when
		one.start();
		two.start();
		TestSchedulers.await("five firings", Duration.ofSeconds(30), () -> CountingJob.executions.size() >= 5);
		one.pauseAll();
		TestSchedulers.await("the firings to end", Duration.ofSeconds(30),
				() -> this.nodes.count("qrtz_fired_triggers") == 0);
		// then
		List<Instant> fireTimes = CountingJob.executions.stream().map(Execution::scheduledFireTime).toList();
		assertThat(fireTimes).doesNotHaveDuplicates();
	}

	@Test
	void nightsMissedWhileNoNodeRanFireOnceWhenTheNodesStart() throws Exception {
		// given: the nightly trigger as configured (fire and proceed), at a time of day
		// twelve hours away so that it is not due during the test, stored three days ago
		// and never fired since
		Instant now = Instant.now();
		LocalTime time = LocalTime.ofInstant(now, ZoneOffset.UTC).plusHours(12);
		NightlySchedule schedule = new NightlySchedule("0 %d %d * * ?".formatted(time.getMinute(), time.getHour()),
				ZoneOffset.UTC);
		CronTrigger trigger = (CronTrigger) schedule.trigger()
			.getTriggerBuilder()
			.startAt(Date.from(now.minus(Duration.ofHours(73))))
			.build();
		JobDetail job = JobBuilder.newJob(CountingJob.class)
			.withIdentity(NightlySchedule.JOB)
			.storeDurably()
			.requestRecovery()
			.build();
		Scheduler one = this.nodes.node("node-1", job, trigger);
		Scheduler two = this.nodes.node("node-2", job, trigger);
		CronTrigger stored = (CronTrigger) one.getTrigger(NightlySchedule.TRIGGER);
		assertThat(stored.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
		assertThat(stored.getNextFireTime()).isBefore(Date.from(now.minus(Duration.ofHours(48))));
		Date next = schedule.expression().getTimeAfter(Date.from(now));
		// when
		one.start();
		two.start();
		// then
		TestSchedulers.await("the missed night to fire", Duration.ofSeconds(30),
				() -> !CountingJob.executions.isEmpty() && this.nodes.count("qrtz_fired_triggers") == 0
						&& next.equals(one.getTrigger(NightlySchedule.TRIGGER).getNextFireTime()));
		assertThat(CountingJob.executions).hasSize(1);
		// Quartz reports a misfire as scheduled when it fired, not at the night missed:
		// the night it was meant for (the last one missed) is worked out from the cron
		Execution execution = CountingJob.executions.get(0);
		assertThat(execution.scheduledFireTime()).isAfter(now);
		Instant lastMissed = next.toInstant().minus(Duration.ofDays(1));
		assertThat(schedule.datesToScore(execution.scheduledFireTime(), execution.previousFireTime()))
			.containsExactly(LocalDate.ofInstant(lastMissed, ZoneOffset.UTC).minusDays(1));
	}

}
