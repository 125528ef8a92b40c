package io.wascorecards.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.wascorecards.db.SessionLock;
import io.wascorecards.job.RunOutcome;
import io.wascorecards.job.RunRefusedException;
import io.wascorecards.job.RunRequests;
import io.wascorecards.job.ScorecardJobLauncher;
import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries out the runs the API was asked for, one at a time across the servers, in the
 * order asked, so that a range is recomputed in date order while the request has long
 * been answered. The queue is the {@code run_request} table: a run waits there until a
 * server starts it, so the runs a stopped or crashed server left are started by another
 * one (or by itself when it is back). It is the record the API shows too, so a waiting
 * run is in one place only (not also as a one-shot Quartz trigger), the order asked is
 * its ids' order, and one server at a time works through it under a session lock that
 * ends with its session.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RunQueue {

	private static final Log logger = LogFactory.getLog(RunQueue.class);

	// held by the server working through the queue: released when it is done, or when
	// its process dies
	private static final String TURN = "wa-scorecards:api-runs";

	// a run asked long ago and never started (every server was down) is not sprung on
	// anyone
	private static final Duration STALE = Duration.ofHours(24);

	private final ScheduledExecutorService worker = Executors
		.newSingleThreadScheduledExecutor((task) -> new Thread(task, "api-runs"));

	private final ScorecardJobLauncher launcher;

	private final RunRequests requests;

	private final DataSource dataSource;

	private final Duration check;

	private volatile boolean stopping;

	RunQueue(ScorecardJobLauncher launcher, RunRequests requests, DataSource dataSource, ApiProperties properties) {
		this.launcher = launcher;
		this.requests = requests;
		this.dataSource = dataSource;
		this.check = properties.queueCheckInterval();
	}

	/** Checks the queue from now on: once the server is up, not while it starts. */
	@EventListener(ApplicationReadyEvent.class)
	void checkRegularly() {
		this.worker.scheduleWithFixedDelay(this::startWaitingRuns, 0, this.check.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Starts the waiting runs now, rather than at the next check. */
	void wakeUp() {
		try {
			this.worker.execute(this::startWaitingRuns);
		}
		catch (RejectedExecutionException ex) {
			// the server is stopping: the runs wait for another one
		}
	}

	private void startWaitingRuns() {
		try (SessionLock turn = SessionLock.tryAcquire(this.dataSource, TURN, 0)) {
			if (turn == null) {
				// another server is working through the queue
				return;
			}
			long tried = -1;
			// a session lost during a run (and the turn with it) ends this server's turn
			for (RunOutcome next = this.requests.nextQueuedForApi(); next != null && next.id() != tried
					&& !this.stopping && turn.stillHeld(); next = this.requests.nextQueuedForApi()) {
				// a run that could neither start nor be recorded as refused waits for the
				// next check
				tried = next.id();
				start(next);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Could not start the runs asked through the API; trying again at the next check", ex);
		}
	}

	private void start(RunOutcome queued) {
		if (queued.requestedAt().isBefore(Instant.now().minus(STALE))) {
			this.requests.refused(queued.id(),
					"no server started it within " + STALE.toHours() + " hours of the request; ask again");
			return;
		}
		try {
			this.launcher.start(queued);
		}
		catch (RunRefusedException ex) {
			// recorded on the request by the launcher
			logger.info("Run request " + queued.id() + " refused: " + Excerpts.of(ex.getMessage()));
		}
		catch (RuntimeException ex) {
			// recorded on the request by the launcher, so that it is not tried for ever
			logger.error("Run request " + queued.id() + " failed to start", ex);
		}
	}

	@PreDestroy
	void stop() {
		this.stopping = true;
		// a run in progress ends as a killed one would: resumed by the next run of its
		// date; the runs still waiting stay queued for another server, or this one when
		// it
		// is back
		this.worker.shutdownNow();
	}

}
