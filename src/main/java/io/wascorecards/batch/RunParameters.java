package io.wascorecards.batch;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * What a run computes, read from its job parameters ({@link JobParameterNames}) in this
 * one place. A step-scoped bean gets them with
 * {@code @Value(RunParameters.OF_THE_STEP) JobParameters} and {@link #from}.
 *
 * @param businessDate the date the run scores
 * @param asOf the instant its figures are computed as of; {@code null} for the e-mail
 * retry of a completed date, which computes nothing
 * @param connections the connections it covers
 * @param email whether it e-mails the account managers
 * @param resend whether it starts a new sending for every manager
 * @param rereadWebhooks whether it reads its date's webhooks again (a rerun)
 */
public record RunParameters(LocalDate businessDate, Instant asOf, ConnectionSelection connections, boolean email,
		boolean resend, boolean rereadWebhooks) {

	/** The expression of the job parameters of a step-scoped bean's step. */
	public static final String OF_THE_STEP = "#{stepExecution.jobExecution.jobParameters}";

	/**
	 * Reads a run's parameters.
	 * @param parameters the job parameters
	 * @return what they say
	 */
	public static RunParameters from(JobParameters parameters) {
		String asOf = parameters.getString(JobParameterNames.AS_OF);
		return new RunParameters(LocalDate.parse(parameters.getString(JobParameterNames.BUSINESS_DATE)),
				(asOf != null) ? Instant.parse(asOf) : null,
				ConnectionSelection.parse(parameters.getString(JobParameterNames.CONNECTIONS)),
				Boolean.parseBoolean(parameters.getString(JobParameterNames.EMAIL)),
				Boolean.parseBoolean(parameters.getString(JobParameterNames.RESEND)),
				Boolean.parseBoolean(parameters.getString(JobParameterNames.REREAD_WEBHOOKS)));
	}

}
