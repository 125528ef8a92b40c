package io.wascorecards.batch;

/**
 * The job's name and parameters. A run is identified by its business date and its run
 * number (0 for the nightly run, then 1, 2, … for each rerun of that date); the rest
 * describe how it runs and are kept for a restart.
 */
public final class JobParameterNames {

	public static final String JOB_NAME = "dailyScorecardJob";

	public static final String EMAIL_RETRY_JOB_NAME = "emailRetryJob";

	/** When {@code run} retried a completed date's e-mails: identifies each retry. */
	public static final String RETRIED_AT = "retriedAt";

	public static final String BUSINESS_DATE = "businessDate";

	public static final String RUN_NUMBER = "run";

	public static final String AS_OF = "asOf";

	public static final String CONNECTIONS = "connections";

	public static final String REREAD_WEBHOOKS = "rereadWebhooks";

	public static final String EMAIL = "email";

	public static final String RESEND = "resend";

	/**
	 * The {@code run_request} a launch carries out, read by the job's listener of the
	 * requests: it does not identify the run, so that a resumed run is the same job
	 * instance with the request that resumed it.
	 */
	public static final String REQUEST = "request";

	private JobParameterNames() {
	}

}
