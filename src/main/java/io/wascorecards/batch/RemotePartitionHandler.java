package io.wascorecards.batch;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.core.MessagingTemplate;

/**
 * Hands the partitions of a step to the workers (Spring Batch Integration's remote
 * partitioning), in the order its partitioner listed them, as
 * {@link InOrderPartitionHandler} runs them locally; and learns that they ended from the
 * job repository, never from a reply, so that a lost reply or a dead worker cannot leave
 * the run waiting on a message. While it waits, it logs how many partitions have ended,
 * whenever that changes.
 */
final class RemotePartitionHandler extends MessageChannelPartitionHandler {

	private static final Log logger = LogFactory.getLog(RemotePartitionHandler.class);

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

	/**
	 * Reports the progress of the steps waiting on workers, for every run of this
	 * process.
	 */
	private static final ScheduledExecutorService PROGRESS = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "remote-partitions-progress");
		thread.setDaemon(true);
		return thread;
	});

	private final JobRepository jobRepository;

	RemotePartitionHandler(String workerStep, int gridSize, JobRepository jobRepository, MessagingTemplate sender,
			RemoteWorkerProperties settings) {
		this.jobRepository = jobRepository;
		setStepName(workerStep);
		setGridSize(gridSize);
		setJobRepository(jobRepository);
		setMessagingOperations(sender);
		setPollInterval(settings.pollInterval().toMillis());
		setTimeout(settings.timeout().toMillis());
		try {
			afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
		Set<StepExecution> ordered = InOrderPartitionHandler.inPartitionerOrder(partitions);
		logger.info(manager.getStepName() + ": " + ordered.size() + " partitions handed to the workers");
		// the workers log each partition; the run says how far they are, when it changes
		AtomicInteger reported = new AtomicInteger();
		ScheduledFuture<?> progress = PROGRESS.scheduleWithFixedDelay(() -> reportProgress(manager, ordered, reported),
				PROGRESS_EVERY.toMillis(), PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
		try {
			return super.doHandle(manager, ordered);
		}
		finally {
			progress.cancel(false);
		}
	}

	private void reportProgress(StepExecution manager, Set<StepExecution> partitions, AtomicInteger reported) {
		try {
			Set<Long> ids = partitions.stream().map(StepExecution::getId).collect(Collectors.toSet());
			JobExecution run = this.jobRepository.getJobExecution(manager.getJobExecutionId());
			int ended = (int) run.getStepExecutions()
				.stream()
				.filter((partition) -> ids.contains(partition.getId()) && !partition.getStatus().isRunning())
				.count();
			if (reported.getAndSet(ended) != ended) {
				logger.info("%s: %d/%d partitions ended on the workers".formatted(manager.getStepName(), ended,
						partitions.size()));
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Could not count the partitions that ended", ex);
		}
	}

}
