package io.wascorecards.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import io.wascorecards.job.RunOutcome;
import io.wascorecards.job.RunRefusedException;
import io.wascorecards.job.ScorecardJobLauncher;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * What the nightly trigger fires: scores, with e-mails, the day before the night the
 * firing was meant for, through the one launcher (after any dates the trigger skipped,
 * see {@link BusinessDates#toScore}). Spring Boot's job factory creates it with the
 * application's beans for each firing.
 * <p>
 * The date comes from the trigger's scheduled time, never from the clock, so that a run
 * fired late (a misfire, or a recovery on another node after this one died) still scores
 * the night it was meant for. A date whose run is in progress elsewhere is left to that
 * run; one that was already scored only gets its undelivered e-mails sent.
 */
@DisallowConcurrentExecution
class NightlyRunJob extends QuartzJobBean {

	/** Who asks, in the log of runs. */
	static final String SCHEDULER = "scheduler";

	private static final Log logger = LogFactory.getLog(NightlyRunJob.class);

	private final ScorecardJobLauncher launcher;

	private final NightlySchedule schedule;

	NightlyRunJob(ScorecardJobLauncher launcher, NightlySchedule schedule) {
		this.launcher = launcher;
		this.schedule = schedule;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
		List<LocalDate> dates = this.schedule.datesToScore(context.getScheduledFireTime().toInstant(),
				instant(context.getPreviousFireTime()));
		List<LocalDate> failed = new ArrayList<>();
		for (LocalDate date : dates) {
			if (!run(date)) {
				failed.add(date);
			}
		}
		if (!failed.isEmpty()) {
			throw new JobExecutionException("Nightly run failed for " + failed);
		}
	}

	/** Runs one date; a failure must not keep the next (newer) dates from their run. */
	private boolean run(LocalDate date) {
		try {
			RunOutcome outcome = this.launcher.run(date, null, true, SCHEDULER);
			if (!outcome.succeeded()) {
				logger.warn("Nightly run of " + date + " did not complete: " + outcome.execution().getStatus());
				return false;
			}
			logger.info(outcome.alreadyCompleted() ? "Nightly run: " + date + " was already scored"
					: "Nightly run: scored " + date);
			return true;
		}
		catch (RunRefusedException ex) {
			// another node (or a command) is running the date: that run does it
			logger.info("Nightly run of " + date + " already in progress elsewhere: " + ex.getMessage());
			return true;
		}
		catch (RuntimeException ex) {
			logger.error("Nightly run of " + date + " could not run", ex);
			return false;
		}
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
