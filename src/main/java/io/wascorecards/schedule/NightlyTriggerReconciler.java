package io.wascorecards.schedule;

import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.quartz.CronTrigger;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Brings the trigger stored in the job store in line with the configuration, once this
 * node's scheduler has started. Spring Boot never overwrites a stored trigger (a node
 * registering it again would fire the night again), so without this a changed cron or
 * zone would be ignored by a database that already holds the trigger. An unchanged
 * configuration leaves the stored trigger, its next fire time and its last one untouched.
 */
class NightlyTriggerReconciler implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(NightlyTriggerReconciler.class);

	private final Scheduler scheduler;

	private final NightlySchedule schedule;

	/**
	 * Creates a new instance.
	 * @param scheduler the scheduler on the job store
	 * @param schedule the configured schedule, or {@code null} when the nightly run is
	 * disabled
	 */
	NightlyTriggerReconciler(Scheduler scheduler, NightlySchedule schedule) {
		this.scheduler = scheduler;
		this.schedule = schedule;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		try {
			// only a node that fires jobs (serve) speaks for the schedule: a command
			// run next to an older configuration must not change it
			if (this.scheduler.isStarted()) {
				reconcile();
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Could not bring the nightly trigger in line with the configuration", ex);
		}
	}

	/**
	 * Replaces the stored trigger if its cron expression or zone differ from the
	 * configured ones, and removes the job if the nightly run is disabled.
	 * @return whether the job store was changed
	 * @throws SchedulerException if the job store fails
	 */
	boolean reconcile() throws SchedulerException {
		if (this.schedule == null) {
			boolean deleted = this.scheduler.deleteJob(NightlySchedule.JOB);
			if (deleted) {
				logger.info("Nightly run disabled (scorecards.schedule.enabled=false): removed its stored trigger");
			}
			return deleted;
		}
		CronTrigger configured = this.schedule.trigger();
		Trigger stored = this.scheduler.getTrigger(NightlySchedule.TRIGGER);
		if (stored == null) {
			return schedule(configured);
		}
		String change = change(stored, configured);
		if (change == null) {
			return false;
		}
		this.scheduler.rescheduleJob(NightlySchedule.TRIGGER, configured);
		logger.info("Nightly trigger rescheduled (%s); next run %s".formatted(change,
				configured.getNextFireTime().toInstant().atZone(this.schedule.zone())));
		return true;
	}

	/** Registers a trigger gone missing (removed while the run was disabled). */
	private boolean schedule(CronTrigger configured) throws SchedulerException {
		try {
			this.scheduler.scheduleJob(NightlySchedule.job(), Set.of(configured), true);
			logger.info("Nightly trigger registered: " + configured.getDescription());
			return true;
		}
		catch (ObjectAlreadyExistsException ex) {
			// another node registered it meanwhile
			return false;
		}
	}

	private static String change(Trigger stored, CronTrigger configured) {
		if (!(stored instanceof CronTrigger cron)) {
			return "a " + stored.getClass().getSimpleName() + " was stored";
		}
		StringBuilder change = new StringBuilder();
		if (!cron.getCronExpression().equals(configured.getCronExpression())) {
			change.append("cron '%s' -> '%s'".formatted(cron.getCronExpression(), configured.getCronExpression()));
		}
		String storedZone = cron.getTimeZone().getID();
		String configuredZone = configured.getTimeZone().getID();
		if (!storedZone.equals(configuredZone)) {
			change.append(change.isEmpty() ? "" : ", ").append("zone %s -> %s".formatted(storedZone, configuredZone));
		}
		return change.isEmpty() ? null : change.toString();
	}

}
