package io.wascorecards.schedule;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

/**
 * A test job that records each of its executions: the scheduler instance that ran it, and
 * the fire times Quartz gave it.
 */
class CountingJob implements Job {

	static final List<Execution> executions = new CopyOnWriteArrayList<>();

	@Override
	public void execute(JobExecutionContext context) {
		try {
			executions.add(new Execution(context.getScheduler().getSchedulerInstanceId(),
					context.getScheduledFireTime().toInstant(),
					(context.getPreviousFireTime() != null) ? context.getPreviousFireTime().toInstant() : null));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One execution.
	 *
	 * @param instanceId the scheduler instance that ran it
	 * @param scheduledFireTime the fire time Quartz reported as scheduled
	 * @param previousFireTime the trigger's previous fire time, or {@code null}
	 */
	record Execution(String instanceId, Instant scheduledFireTime, Instant previousFireTime) {
	}

}
