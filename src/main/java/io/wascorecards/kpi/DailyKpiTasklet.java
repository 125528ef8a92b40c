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
 * One partition of the KPI step: the daily KPIs of one range of connections, in one
 * transaction. The date's opt-outs are extracted again (its webhooks were read again),
 * and those of the days the run's look-backs reach that were not extracted yet.
 */
class DailyKpiTasklet implements Tasklet {

	private final DailyKpiCalculator calculator;

	private final LocalDate businessDate;

	private final Instant asOf;

	private final ConnectionSelection selection;

	private final LocalDate optoutsFrom;

	DailyKpiTasklet(DailyKpiCalculator calculator, LocalDate businessDate, Instant asOf, ConnectionSelection selection,
			LocalDate optoutsFrom) {
		this.calculator = calculator;
		this.businessDate = businessDate;
		this.asOf = asOf;
		this.selection = selection;
		this.optoutsFrom = optoutsFrom;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext range = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		contribution.incrementWriteCount(this.calculator.compute(this.businessDate, this.asOf,
				range.getLong(ConnectionRangePartitioner.FIRST_ID), range.getLong(ConnectionRangePartitioner.LAST_ID),
				this.selection, this.optoutsFrom, true));
		return RepeatStatus.FINISHED;
	}

}
