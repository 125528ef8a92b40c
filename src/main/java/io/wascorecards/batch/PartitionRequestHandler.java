package io.wascorecards.batch;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;

/**
 * Runs the partition a request names with Spring Batch Integration's
 * {@link StepExecutionRequestHandler} (what {@code RemotePartitioningWorkerStepBuilder}
 * wires), unless there is nothing left to do: the partition completed (its worker died
 * after the partition committed, before the request did), or its run is no longer running
 * (it failed, or a run of the same command took over after its process died, with
 * partitions of its own).
 */
final class PartitionRequestHandler implements MessageHandler {

	private static final Log logger = LogFactory.getLog(PartitionRequestHandler.class);

	private final JobRepository jobRepository;

	private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();

	PartitionRequestHandler(JobRepository jobRepository, StepLocator steps) {
		this.jobRepository = jobRepository;
		this.handler.setJobRepository(jobRepository);
		this.handler.setStepLocator(steps);
	}

	@Override
	public void handleMessage(Message<?> message) {
		StepExecutionRequest request = (StepExecutionRequest) message.getPayload();
		StepExecution partition = this.jobRepository.getStepExecution(request.getStepExecutionId());
		if (partition == null || partition.getStatus() == BatchStatus.COMPLETED
				|| !partition.getJobExecution().isRunning()) {
			logger.info("Skipped " + request + ": " + ((partition == null) ? "no such partition"
					: "it is " + partition.getStatus() + " in a run " + partition.getJobExecution().getStatus()));
			return;
		}
		StepExecution ended = this.handler.handle(request);
		logger.info(ended.getStepName() + " of run " + ended.getJobExecutionId() + ": " + ended.getStatus());
	}

}
