package io.wascorecards.kpi;

import java.time.Instant;
import java.time.LocalDate;

import io.wascorecards.batch.ConnectionRangePartitioner;
import io.wascorecards.batch.ConnectionSelection;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One piece of the backfill ({@link KpiBackfillPartitioner}): the daily KPIs of a day's
 * connections still to compute, in one transaction.
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
		contribution.incrementWriteCount(this.calculator.compute(
				LocalDate.parse(piece.getString(KpiBackfillPartitioner.DATE)), this.asOf,
				piece.getLong(ConnectionRangePartitioner.FIRST_ID), piece.getLong(ConnectionRangePartitioner.LAST_ID),
				ConnectionSelection.parse(piece.getString(KpiBackfillPartitioner.CONNECTIONS))));
		return RepeatStatus.FINISHED;
	}

}
