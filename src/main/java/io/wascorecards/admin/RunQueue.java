package io.wascorecards.admin;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.wascorecards.job.RunRefusedException;
import io.wascorecards.job.RunRequests;
import io.wascorecards.job.ScorecardJobLauncher;
import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Carries out the runs the API was asked for, one at a time in the order asked, so that a
 * range is recomputed in date order while the request has long been answered.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RunQueue {

	private static final Log logger = LogFactory.getLog(RunQueue.class);

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> new Thread(task, "api-runs"));

	private final ScorecardJobLauncher launcher;

	private final RunRequests requests;

	RunQueue(ScorecardJobLauncher launcher, RunRequests requests) {
		this.launcher = launcher;
		this.requests = requests;
	}

	void submit(List<Long> ids) {
		ids.forEach((id) -> this.worker.execute(new Start(id)));
	}

	private void start(long id) {
		try {
			this.launcher.start(this.requests.find(id), null);
		}
		catch (RunRefusedException ex) {
			// recorded on the request by the launcher
			logger.info("Run request " + id + " refused: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.error("Run request " + id + " failed to start", ex);
		}
	}

	@PreDestroy
	void stop() {
		// a run in progress ends as a killed one would: resumed by the next run of its
		// date; the runs still waiting are refused rather than left queued for ever
		for (Runnable waiting : this.worker.shutdownNow()) {
			this.requests.refused(((Start) waiting).id(), "the server stopped before this run could start");
		}
	}

	/** A run asked, waiting its turn. */
	private final class Start implements Runnable {

		private final long id;

		Start(long id) {
			this.id = id;
		}

		long id() {
			return this.id;
		}

		@Override
		public void run() {
			start(this.id);
		}

	}

}
