package io.wascorecards.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the job's steps, so that every step that runs pieces in parallel does it one
 * way: a Spring Batch partitioned step whose partitions (named
 * {@code <worker>:<partition>} in the job repository) each hold all they need in their
 * execution context and run in a transaction of their own; a restart runs only the
 * partitions that did not complete, and after a failed partition the ones not started yet
 * are left for it ({@link AfterFailedPartitionListener}). The partitions run on this
 * process's threads, or, with {@code scorecards.remote-workers=true}, on the
 * {@code worker} processes ({@link RemotePartitionHandler}, {@link PartitionWorker});
 * each partition's exit message says where it ran.
 */
public final class Steps {

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final AfterFailedPartitionListener afterFailure;

	private final RanOnListener ranOn;

	/** Where the partitions go to the workers, or {@code null} to run them here. */
	private final MessagingTemplate toWorkers;

	private final RemoteWorkerProperties remote;

	/** The workers of the partitioned steps, by name, for the requests of the runs. */
	private final Map<String, Step> workers = new ConcurrentHashMap<>();

	Steps(JobRepository jobRepository, PlatformTransactionManager transactionManager, NamedParameterJdbcTemplate jdbc,
			MessagingTemplate toWorkers, RemoteWorkerProperties remote) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.afterFailure = new AfterFailedPartitionListener(jdbc);
		this.ranOn = new RanOnListener(remote.workerName());
		this.toWorkers = toWorkers;
		this.remote = remote;
	}

	/** A step of one tasklet, run once per job execution. */
	public Step single(String name, Tasklet tasklet) {
		return new StepBuilder(name, this.jobRepository).tasklet(tasklet, this.transactionManager)
			.listener(new StepProgressListener())
			.listener(new RunLockListener())
			.build();
	}

	/** The worker of a partitioned step: one partition in one transaction. */
	public Step worker(String name, Tasklet tasklet) {
		Step worker = new StepBuilder(name, this.jobRepository).tasklet(tasklet, this.transactionManager)
			.listener(new RunLockListener())
			.listener(this.afterFailure)
			.listener(new PartitionProgressListener())
			.listener(this.ranOn)
			.build();
		this.workers.put(name, worker);
		return worker;
	}

	/** The workers of the partitioned steps, by name. */
	StepLocator locator() {
		return (name) -> {
			Step worker = this.workers.get(name);
			if (worker == null) {
				throw new IllegalArgumentException("No partitioned step has a worker named " + name);
			}
			return worker;
		};
	}

	/**
	 * A step that runs its worker once per partition, {@code threads} partitions at once
	 * (for all the runs of this process together).
	 */
	public Step partitioned(String name, Step worker, Partitioner partitioner, int gridSize, int threads) {
		PartitionHandler handler = (this.toWorkers != null)
				? new RemotePartitionHandler(worker.getName(), gridSize, this.jobRepository, this.toWorkers,
						this.remote)
				: new InOrderPartitionHandler(worker, gridSize, executor(worker.getName() + "-", threads));
		return new StepBuilder(name, this.jobRepository).partitioner(worker.getName(), counted(partitioner))
			.partitionHandler(handler)
			.listener(new StepProgressListener())
			.listener(new RunLockListener())
			.build();
	}

	/**
	 * An executor that runs at most {@code threads} tasks at once, each on a new thread.
	 */
	public static TaskExecutor executor(String threadNamePrefix, int threads) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(threadNamePrefix);
		executor.setConcurrencyLimit(threads);
		return executor;
	}

	/** Tells each partition how many there are, for the progress reports. */
	private static Partitioner counted(Partitioner partitioner) {
		return (gridSize) -> {
			Map<String, ExecutionContext> partitions = partitioner.partition(gridSize);
			partitions.values()
				.forEach((context) -> context.putInt(PartitionProgressListener.PARTITIONS, partitions.size()));
			return partitions;
		};
	}

}
