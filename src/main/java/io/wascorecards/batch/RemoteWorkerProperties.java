package io.wascorecards.batch;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings under {@code scorecards.remote.*}: how a run hands its partitions to
 * {@code worker} processes ({@code scorecards.remote-workers=true}) and how the workers
 * take them.
 *
 * @param pollInterval how often a run asks the job repository whether its partitions have
 * ended
 * @param timeout how long a run waits for its workers to end a step's partitions before
 * the step fails (the partitions not done are then left for the same command again)
 * @param lookAgain how often an idle worker looks for partitions without being notified:
 * a partition whose worker died is back in the queue without a notification
 * @param workerName the name of this process in the job repository (each partition's exit
 * message says where it ran); by default {@code <host>:<pid>}
 */
@ConfigurationProperties("scorecards.remote")
public record RemoteWorkerProperties(@DefaultValue("500ms") Duration pollInterval, @DefaultValue("6h") Duration timeout,
		@DefaultValue("2s") Duration lookAgain, String workerName) {

	public RemoteWorkerProperties {
		for (Duration duration : new Duration[] { pollInterval, timeout, lookAgain }) {
			if (duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException("scorecards.remote.poll-interval, scorecards.remote.timeout and "
						+ "scorecards.remote.look-again must be more than 0 (they are " + pollInterval + ", " + timeout
						+ " and " + lookAgain + ")");
			}
		}
		if (!StringUtils.hasText(workerName)) {
			workerName = host() + ":" + ProcessHandle.current().pid();
		}
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return ManagementFactory.getRuntimeMXBean().getName();
		}
	}

}
