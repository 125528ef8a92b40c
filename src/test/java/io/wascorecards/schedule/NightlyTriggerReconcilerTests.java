package io.wascorecards.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import javax.sql.DataSource;

import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored nightly trigger against a changed configuration: rescheduled when its cron
 * or zone changed, left alone (with its start and next fire times) when nothing did.
 */
@DatabaseTest
class NightlyTriggerReconcilerTests {

	private static final NightlySchedule STORED = new NightlySchedule("0 30 2 * * ?", ZoneOffset.UTC);

	/** When the stored trigger was registered: long ago, so a replacement shows. */
	private static final Date REGISTERED = Date.from(Instant.parse("2026-01-01T00:00:00Z"));

	@Autowired
	private DataSource dataSource;

	@Autowired
	private QuartzProperties quartz;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ConfigurableApplicationContext context;

	private TestSchedulers nodes;

	@BeforeEach
	void setUp() {
		this.nodes = new TestSchedulers(this.dataSource, this.quartz, this.jdbc, "schedule-tests-reconcile");
	}

	@AfterEach
	void tearDown() throws Exception {
		this.nodes.close();
	}

	@Test
	void anUnchangedConfigurationLeavesTheStoredTriggerAlone() throws Exception {
		// given
		Scheduler scheduler = nodeWithStored(STORED);
		Map<String, Object> before = storedRow();
		// when
		boolean changed = new NightlyTriggerReconciler(scheduler, STORED).reconcile();
		// then
		assertThat(changed).isFalse();
		assertThat(storedRow()).isEqualTo(before);
		assertThat(scheduler.getTrigger(NightlySchedule.TRIGGER).getStartTime()).isEqualTo(REGISTERED);
	}

	@Test
	void aChangedCronReschedulesTheStoredTrigger() throws Exception {
		// given
		Scheduler scheduler = nodeWithStored(STORED);
		NightlySchedule configured = new NightlySchedule("0 0 4 * * ?", ZoneOffset.UTC);
		Instant now = Instant.now();
		// when
		boolean changed = new NightlyTriggerReconciler(scheduler, configured).reconcile();
		// then
		assertThat(changed).isTrue();
		CronTrigger stored = (CronTrigger) scheduler.getTrigger(NightlySchedule.TRIGGER);
		assertThat(stored.getCronExpression()).isEqualTo("0 0 4 * * ?");
		assertThat(stored.getTimeZone().getID()).isEqualTo("UTC");
		assertThat(stored.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
		assertThat(stored.getJobKey()).isEqualTo(NightlySchedule.JOB);
		// the first time from its start, whenever in the test the clock passed 04:00
		assertThat(stored.getStartTime()).isBetween(Date.from(now.minusSeconds(1)), new Date());
		assertThat(stored.getNextFireTime())
			.isEqualTo(configured.expression().getTimeAfter(new Date(stored.getStartTime().getTime() - 1000)));
		assertThat(scheduler.getJobDetail(NightlySchedule.JOB).getJobClass()).isEqualTo(NightlyRunJob.class);
		// and once in line, it is left alone
		assertThat(new NightlyTriggerReconciler(scheduler, configured).reconcile()).isFalse();
	}

	@Test
	void aChangedZoneReschedulesTheStoredTrigger() throws Exception {
		// given
		Scheduler scheduler = nodeWithStored(STORED);
		NightlySchedule configured = new NightlySchedule("0 30 2 * * ?", ZoneId.of("Europe/Madrid"));
		// when
		boolean changed = new NightlyTriggerReconciler(scheduler, configured).reconcile();
		// then
		assertThat(changed).isTrue();
		CronTrigger stored = (CronTrigger) scheduler.getTrigger(NightlySchedule.TRIGGER);
		assertThat(stored.getCronExpression()).isEqualTo("0 30 2 * * ?");
		assertThat(stored.getTimeZone().getID()).isEqualTo("Europe/Madrid");
		assertThat(stored.getNextFireTime().toInstant().atZone(ZoneId.of("Europe/Madrid")).toLocalTime())
			.hasToString("02:30");
	}

	@Test
	void disablingRemovesTheStoredJobAndEnablingRegistersItAgain() throws Exception {
		// given
		Scheduler scheduler = nodeWithStored(STORED);
		// when, then
		assertThat(new NightlyTriggerReconciler(scheduler, null).reconcile()).isTrue();
		assertThat(scheduler.getJobDetail(NightlySchedule.JOB)).isNull();
		assertThat(scheduler.getTrigger(NightlySchedule.TRIGGER)).isNull();
		assertThat(new NightlyTriggerReconciler(scheduler, null).reconcile()).isFalse();
		assertThat(new NightlyTriggerReconciler(scheduler, STORED).reconcile()).isTrue();
		assertThat(((CronTrigger) scheduler.getTrigger(NightlySchedule.TRIGGER)).getCronExpression())
			.isEqualTo("0 30 2 * * ?");
		assertThat(scheduler.getJobDetail(NightlySchedule.JOB).requestsRecovery()).isTrue();
	}

	@Test
	void onlyAStartedSchedulerIsBroughtInLineWhenTheApplicationIsReady() throws Exception {
		// given: a trigger not due this century, so the started scheduler never fires it
		Scheduler scheduler = nodeWithStored(new NightlySchedule("0 30 2 * * ? 2099", ZoneOffset.UTC));
		NightlyTriggerReconciler reconciler = new NightlyTriggerReconciler(scheduler,
				new NightlySchedule("0 0 4 * * ? 2099", ZoneOffset.UTC));
		ApplicationReadyEvent ready = new ApplicationReadyEvent(new SpringApplication(), new String[0], this.context,
				Duration.ZERO);
		// when a command (no scheduler) is ready
		reconciler.onApplicationEvent(ready);
		// then
		assertThat(((CronTrigger) scheduler.getTrigger(NightlySchedule.TRIGGER)).getCronExpression())
			.isEqualTo("0 30 2 * * ? 2099");
		// when serve (the scheduler started) is ready
		scheduler.start();
		reconciler.onApplicationEvent(ready);
		// then
		assertThat(((CronTrigger) scheduler.getTrigger(NightlySchedule.TRIGGER)).getCronExpression())
			.isEqualTo("0 0 4 * * ? 2099");
	}

	private Scheduler nodeWithStored(NightlySchedule schedule) throws Exception {
		return this.nodes.node("node-1", NightlySchedule.job(),
				schedule.trigger().getTriggerBuilder().startAt(REGISTERED).build());
	}

	private Map<String, Object> storedRow() {
		return this.jdbc.queryForMap("""
				SELECT t.start_time, t.next_fire_time, t.prev_fire_time, t.trigger_state, c.cron_expression,
				       c.time_zone_id
				FROM qrtz_triggers t
				JOIN qrtz_cron_triggers c ON c.sched_name = t.sched_name AND c.trigger_name = t.trigger_name
				     AND c.trigger_group = t.trigger_group
				WHERE t.sched_name = 'schedule-tests-reconcile'""");
	}

}
