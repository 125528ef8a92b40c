package io.wascorecards.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.wascorecards.batch.ConnectionRangePartitioner;
import io.wascorecards.batch.ConnectionSelection;
import io.wascorecards.batch.RunParameters;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One partition of the KPI step: the daily KPIs of one range of connections, in one
 * transaction: the date's, and those of the days just before it that the run computes
 * again ({@link BackfillDays#withTheDate}), in one pass. The date's opt-outs are
 * extracted again (its webhooks were read again), and those of the days the run's
 * look-backs reach that were not extracted yet.
 */
class DailyKpiTasklet implements Tasklet {

	private final DailyKpiCalculator calculator;

	private final BackfillDays backfill;

	private final LocalDate businessDate;

	private final Instant asOf;

	private final ConnectionSelection selection;

	private final LocalDate optoutsFrom;

	private final List<LocalDate> daysBefore;

	/**
	 * Creates the tasklet.
	 * @param calculator computes the KPIs
	 * @param backfill finds the connections still to compute on the days before
	 * @param run the run's date, instant and connections
	 * @param optoutsFrom the first day whose opt-outs are extracted
	 * @param backfillDays the days the run computes again
	 */
	DailyKpiTasklet(DailyKpiCalculator calculator, BackfillDays backfill, RunParameters run, LocalDate optoutsFrom,
			List<LocalDate> backfillDays) {
		this.calculator = calculator;
		this.backfill = backfill;
		this.businessDate = run.businessDate();
		this.asOf = run.asOf();
		this.selection = run.connections();
		this.optoutsFrom = optoutsFrom;
		this.daysBefore = backfillDays.stream()
			.filter((day) -> BackfillDays.withTheDate(this.businessDate, day))
			.toList();
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext range = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		long first = range.getLong(ConnectionRangePartitioner.FIRST_ID);
		long last = range.getLong(ConnectionRangePartitioner.LAST_ID);
		List<DailyKpiCalculator.Day> days = new ArrayList<>();
		for (BackfillDays.Pending day : this.backfill.pending(this.daysBefore, this.asOf, this.selection)) {
			long[] ids = day.between(first, last);
			if (ids.length > 0) {
				days.add(DailyKpiCalculator.Day.again(day.date(), new ConnectionSelection(ids)));
			}
		}
		days.add(new DailyKpiCalculator.Day(this.businessDate, this.selection, this.optoutsFrom, true));
		contribution.incrementWriteCount(this.calculator.compute(days, this.asOf, first, last));
		return RepeatStatus.FINISHED;
	}

}
