package io.wascorecards.kpi;

import java.time.Instant;

import io.wascorecards.batch.ConnectionRangePartitioner;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One piece of the backfill ({@link KpiBackfillPartitioner}): the daily KPIs of its days'
 * connections still to compute, in one pass and one transaction.
 */
class KpiBackfillTasklet implements Tasklet {

	private final DailyKpiCalculator calculator;

	private final Instant asOf;

	KpiBackfillTasklet(DailyKpiCalculator calculator, Instant asOf) {
		this.calculator = calculator;
		this.asOf = asOf;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext piece = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		contribution.incrementWriteCount(this.calculator.compute(KpiBackfillPartitioner.days(piece), this.asOf,
				piece.getLong(ConnectionRangePartitioner.FIRST_ID), piece.getLong(ConnectionRangePartitioner.LAST_ID)));
		return RepeatStatus.FINISHED;
	}

}
