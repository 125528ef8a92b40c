package io.wascorecards.webhook;

import java.time.LocalDate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The job's first step: reads the business date's webhook rows, in time slices that each
 * commit on their own.
 */
public class WebhookReadTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(WebhookReadTasklet.class);

	private final WebhookReader reader;

	private final LocalDate businessDate;

	private final boolean reread;

	public WebhookReadTasklet(WebhookReader reader, LocalDate businessDate, boolean reread) {
		this.reader = reader;
		this.businessDate = businessDate;
		this.reread = reread;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long jobExecutionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		WebhookReader.Reading reading = this.reader.read(this.businessDate, jobExecutionId, this.reread);
		if (reading != null) {
			contribution.incrementWriteCount(reading.rows());
			contribution.incrementFilterCount(reading.setAside());
			logger.info("Read %d new webhook rows received %s .. %s; %d units set aside as malformed"
				.formatted(reading.rows(), reading.from(), reading.to(), reading.setAside()));
		}
		return RepeatStatus.FINISHED;
	}

}
