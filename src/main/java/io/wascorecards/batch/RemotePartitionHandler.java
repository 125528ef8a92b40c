package io.wascorecards.batch;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.core.MessagingTemplate;

/**
 * Hands the partitions of a step to the workers (Spring Batch Integration's remote
 * partitioning), in the order its partitioner listed them, as
 * {@link InOrderPartitionHandler} runs them locally; and learns that they ended from the
 * job repository, never from a reply, so that a lost reply or a dead worker cannot leave
 * the run waiting on a message.
 */
final class RemotePartitionHandler extends MessageChannelPartitionHandler {

	private static final Log logger = LogFactory.getLog(RemotePartitionHandler.class);

	RemotePartitionHandler(String workerStep, int gridSize, JobRepository jobRepository, MessagingTemplate sender,
			RemoteWorkerProperties settings) {
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
		// the splitter creates the partitions' executions in the partitioner's order
		Set<StepExecution> ordered = partitions.stream()
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		logger.info(manager.getStepName() + ": " + ordered.size() + " partitions handed to the workers");
		return super.doHandle(manager, ordered);
	}

}
