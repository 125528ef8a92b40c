package io.wascorecards.batch;

/**
 * The names of the daily job's steps, as the step table, the run report and the benchmark
 * know them.
 */
public final class StepNames {

	public static final String WEBHOOK_READ = "webhookRead";

	public static final String WEBHOOK_SLICE = "webhookSlice";

	public static final String DAILY_KPIS = "dailyKpis";

	public static final String KPI_BACKFILL = "kpiBackfill";

	public static final String BACKFILL_KPI = "backfillKpi";

	public static final String SCORECARDS = "scorecards";

	public static final String SCORECARD_PDFS = "scorecardPdfs";

	public static final String PORTFOLIO_PDFS = "portfolioPdfs";

	public static final String EMAILS = "emails";

	private StepNames() {
	}

}
