package io.wascorecards.job;

/**
 * The job's name and parameters. A run is identified by its business date and its run
 * number (0 for the nightly run, then 1, 2, … for each rerun of that date); the rest
 * describe how it runs and are kept for a restart.
 */
final class JobParameterNames {

	static final String JOB_NAME = "dailyScorecardJob";

	static final String EMAIL_RETRY_JOB_NAME = "emailRetryJob";

	/** When {@code run} retried a completed date's e-mails: identifies each retry. */
	static final String RETRIED_AT = "retriedAt";

	static final String BUSINESS_DATE = "businessDate";

	static final String RUN_NUMBER = "run";

	static final String AS_OF = "asOf";

	static final String CONNECTIONS = "connections";

	static final String REREAD_WEBHOOKS = "rereadWebhooks";

	static final String EMAIL = "email";

	static final String RESEND = "resend";

	/**
	 * The {@code run_request} a launch carries out, read by {@link RunRequestListener}:
	 * it does not identify the run, so that a resumed run is the same job instance with
	 * the request that resumed it.
	 */
	static final String REQUEST = "request";

	private JobParameterNames() {
	}

}
