package io.wascorecards.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.TaskExecutor;

/**
 * Runs the partitions of a step on local threads in the order its partitioner listed them
 * (Spring Batch's own handler takes them in no particular order): the webhook slices in
 * time order, the backfill's days oldest first. The partitions under way always end
 * (commit or roll back) before the step does, even when the step's thread is interrupted.
 */
final class InOrderPartitionHandler extends AbstractPartitionHandler {

	private final Step worker;

	private final TaskExecutor executor;

	/**
	 * Creates the handler.
	 * @param worker the step each partition runs
	 * @param gridSize about how many partitions the partitioner makes
	 * @param executor the executor that runs the partitions
	 */
	InOrderPartitionHandler(Step worker, int gridSize, TaskExecutor executor) {
		this.worker = worker;
		this.executor = executor;
		setGridSize(gridSize);
	}

	@Override
	protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
		List<FutureTask<StepExecution>> tasks = new ArrayList<>();
		try {
			for (StepExecution partition : inPartitionerOrder(partitions)) {
				FutureTask<StepExecution> task = new FutureTask<>(() -> {
					this.worker.execute(partition);
					return partition;
				});
				// waits while every thread of the executor is busy
				this.executor.execute(task);
				tasks.add(task);
			}
		}
		finally {
			awaitEnd(manager, tasks);
		}
		Set<StepExecution> ended = new HashSet<>();
		for (FutureTask<StepExecution> task : tasks) {
			ended.add(task.get());
		}
		return ended;
	}

	/**
	 * The partitions of a step in the order its partitioner listed them: the splitter
	 * creates their executions in that order.
	 * @param partitions the partitions' executions
	 * @return them, in that order
	 */
	static Set<StepExecution> inPartitionerOrder(Set<StepExecution> partitions) {
		return partitions.stream()
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * Waits until every task has ended, even when interrupted.
	 * @throws IllegalStateException when interrupted (the interrupt is kept)
	 */
	private static void awaitEnd(StepExecution manager, List<FutureTask<StepExecution>> tasks) {
		boolean interrupted = false;
		for (FutureTask<StepExecution> task : tasks) {
			while (!task.isDone()) {
				try {
					task.get();
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
				catch (ExecutionException ex) {
					// reported by the caller
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running the partitions of " + manager.getStepName());
		}
	}

}
