package io.wascorecards.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Logs the progress of a partitioned step as its partitions finish: partitions done of
 * the total, and the rate.
 */
class PartitionProgressListener implements StepExecutionListener {

	/**
	 * How many partitions the step has, in each partition's context ({@link Steps}).
	 */
	static final String PARTITIONS = "partitions";

	private static final Log logger = LogFactory.getLog(PartitionProgressListener.class);

	private final Map<Long, AtomicInteger> done = new ConcurrentHashMap<>();

	@Override
	public ExitStatus afterStep(StepExecution partition) {
		int total = partition.getExecutionContext().getInt(PARTITIONS, 0);
		int finished = this.done.computeIfAbsent(partition.getJobExecutionId(), (id) -> new AtomicInteger())
			.incrementAndGet();
		LocalDateTime start = partition.getStartTime();
		double seconds = (start != null) ? Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0 : 0;
		logger.info("%s: %d/%d done, %s (%d rows in %.1f s, %.0f rows/s)".formatted(partition.getStepName(), finished,
				total, partition.getStatus(), partition.getWriteCount(), seconds,
				(seconds > 0) ? partition.getWriteCount() / seconds : 0));
		if (finished >= total) {
			this.done.remove(partition.getJobExecutionId());
		}
		return partition.getExitStatus();
	}

}
