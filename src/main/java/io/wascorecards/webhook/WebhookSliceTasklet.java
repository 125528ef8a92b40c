package io.wascorecards.webhook;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One partition of the webhook read: one time slice ({@link WebhookSlicePartitioner}),
 * read in the partition's transaction. Rows read count as written, units set aside as
 * filtered.
 */
class WebhookSliceTasklet implements Tasklet {

	private final WebhookReader reader;

	WebhookSliceTasklet(WebhookReader reader) {
		this.reader = reader;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution partition = chunkContext.getStepContext().getStepExecution();
		ExecutionContext slice = partition.getExecutionContext();
		WebhookReader.Reading reading = this.reader.readSlice(WebhookSlicePartitioner.slice(slice),
				slice.get(WebhookSlicePartitioner.REREAD, Boolean.class, false));
		contribution.incrementWriteCount(reading.rows());
		contribution.incrementFilterCount(reading.setAside());
		return RepeatStatus.FINISHED;
	}

}
