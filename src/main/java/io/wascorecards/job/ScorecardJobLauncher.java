package io.wascorecards.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import io.wascorecards.kpi.ConnectionSelection;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one place that launches the job, for the command line, the scheduler and the HTTP
 * API alike.
 * <p>
 * {@link #run} scores a date once: the first time it starts run 0 of the date; after a
 * failed or killed run, or one that lost its database (which Spring Batch may leave
 * {@code UNKNOWN}), it resumes that run (finished steps and partitions are not redone,
 * the figures keep its as-of instant, the e-mails are sent or not as the resuming call
 * says); after a completed one it only sends the e-mails that were never delivered.
 * {@link #rerun} recomputes each date of a range as a new run, in date order.
 */
@Component
public class ScorecardJobLauncher {

	/** Who asks when the caller does not say: the commands of the jar. */
	public static final String COMMAND_LINE = "command line";

	/** How many unknown connections a refusal names (it is logged and stored). */
	private static final int UNKNOWN_NAMED = 5;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final Job emailRetryJob;

	private final RunRequests requests;

	private final DataSource dataSource;

	private final NamedParameterJdbcTemplate jdbc;

	private final RunDates dates;

	ScorecardJobLauncher(JobOperator jobOperator, JobRepository jobRepository, Job dailyScorecardJob, Job emailRetryJob,
			RunRequests requests, DataSource dataSource, NamedParameterJdbcTemplate jdbc, RunDates dates) {
		this.dates = dates;
		this.emailRetryJob = emailRetryJob;
		this.requests = requests;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = dailyScorecardJob;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	public RunOutcome run(LocalDate businessDate, Instant asOf, boolean email) {
		return run(businessDate, asOf, email, COMMAND_LINE);
	}

	/**
	 * Scores a date once (see the class description).
	 * @param businessDate the date
	 * @param asOf the instant of computation, {@code null} for now
	 * @param email whether to e-mail the managers
	 * @param requestedBy who asks, for the log of runs
	 * @return what became of it
	 * @throws RunRefusedException when a run of the date is in progress, or the date or
	 * the instant may not be run ({@link InvalidRunDateException})
	 */
	public RunOutcome run(LocalDate businessDate, Instant asOf, boolean email, String requestedBy) {
		this.dates.check("date", businessDate);
		this.dates.checkAsOf(businessDate, asOf);
		long request = this.requests.queue(businessDate, List.of(), email, false, requestedBy);
		try (RunLock lock = lock(businessDate)) {
			JobExecution last = lastExecution(businessDate);
			if (last == null) {
				return new RunOutcome(businessDate,
						// run 0, unless a rerun of some connections came first
						start(businessDate, nextRunNumber(businessDate),
								new RunRequest(businessDate, businessDate, List.of(), asOf, email, false),
								ConnectionSelection.ALL, request),
						false);
			}
			if (last.getStatus() == BatchStatus.COMPLETED) {
				JobExecution retry = email ? retryEmails(businessDate) : null;
				this.requests.refused(request, "already scored by run " + last.getId() + "; nothing recomputed"
						+ ((retry != null) ? ", undelivered e-mails sent by execution " + retry.getId() : ""));
				return new RunOutcome(businessDate, last, true, retry);
			}
			markUnfinishedFailed(last);
			// the resumed run keeps what it computes with (as-of, connections), so that
			// all
			// its figures agree; whether it e-mails is for the run that resumes it to say
			JobParameters resumed = new JobParametersBuilder(last.getJobParameters())
				.addString(JobParameterNames.EMAIL, Boolean.toString(email), false)
				.toJobParameters();
			return new RunOutcome(businessDate,
					this.requests.launching(request, () -> this.jobOperator.start(this.job, resumed)), false);
		}
		catch (Exception ex) {
			throw launchFailure(ex, request);
		}
	}

	public List<RunOutcome> rerun(RunRequest request) {
		return rerun(request, COMMAND_LINE);
	}

	/**
	 * Recomputes each date of a range as a new run, in date order.
	 * @param request the dates and how
	 * @param requestedBy who asks, for the log of runs
	 * @return what became of each date
	 * @throws RunRefusedException when a connection is unknown or a run of a date is in
	 * progress, or the dates or the instant may not be run
	 * ({@link InvalidRunDateException})
	 */
	public List<RunOutcome> rerun(RunRequest request, String requestedBy) {
		this.dates.check(request.from(), request.to());
		this.dates.checkAsOf(request.from(), request.asOf());
		resolve(request.connections());
		List<RunOutcome> outcomes = new ArrayList<>();
		for (LocalDate date = request.from(); !date.isAfter(request.to()); date = date.plusDays(1)) {
			long id = this.requests.queue(date, request.connections(), request.email(), request.resend(), requestedBy);
			outcomes.add(start(this.requests.find(id), request.asOf()));
		}
		return outcomes;
	}

	/**
	 * Starts a run asked earlier ({@link RunRequests#queue}) as a new run of its date.
	 * @param request the run asked
	 * @param asOf the instant of computation, {@code null} for now
	 * @return what became of it
	 * @throws RunRefusedException when a run of the date is in progress, or the date or
	 * the instant may not be run ({@link InvalidRunDateException})
	 */
	public RunOutcome start(RunRequests.Request request, Instant asOf) {
		LocalDate date = request.businessDate();
		try {
			// asked through the API, it may have waited: checked again, refused on its
			// row
			this.dates.check("date", date);
			this.dates.checkAsOf(date, asOf);
		}
		catch (InvalidRunDateException ex) {
			throw launchFailure(ex, request.id());
		}
		try (RunLock lock = lock(date)) {
			ConnectionSelection selection = resolve(request.connections());
			return new RunOutcome(date,
					start(date, nextRunNumber(date),
							new RunRequest(date, date, request.connections(), asOf, request.email(), request.resend()),
							selection, request.id()),
					false);
		}
		catch (Exception ex) {
			throw launchFailure(ex, request.id());
		}
	}

	/**
	 * Whether a run of the date has completed, so that its stored results can be
	 * exported.
	 * @param businessDate the date
	 * @return whether one has
	 */
	public boolean hasCompletedRun(LocalDate businessDate) {
		Boolean completed = this.jdbc.queryForObject("""
				SELECT EXISTS (
				    SELECT 1 FROM batch_job_execution e
				    JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id AND i.job_name = :job
				    JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
				    WHERE p.parameter_name = :name AND p.parameter_value = :date AND e.status = 'COMPLETED')""",
				Map.of("job", JobParameterNames.JOB_NAME, "name", JobParameterNames.BUSINESS_DATE, "date",
						businessDate.toString()),
				Boolean.class);
		return Boolean.TRUE.equals(completed);
	}

	private JobExecution start(LocalDate date, long runNumber, RunRequest request, ConnectionSelection selection,
			long requestId) throws Exception {
		Instant asOf = (request.asOf() != null) ? request.asOf() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
		JobParameters parameters = new JobParametersBuilder()
			.addString(JobParameterNames.BUSINESS_DATE, date.toString())
			.addLong(JobParameterNames.RUN_NUMBER, runNumber)
			.addString(JobParameterNames.AS_OF, asOf.toString(), false)
			.addString(JobParameterNames.CONNECTIONS, selection.format(), false)
			.addString(JobParameterNames.REREAD_WEBHOOKS, Boolean.toString(runNumber > 0), false)
			.addString(JobParameterNames.EMAIL, Boolean.toString(request.email()), false)
			.addString(JobParameterNames.RESEND, Boolean.toString(request.resend()), false)
			.addLong(JobParameterNames.REQUEST, requestId, false)
			.toJobParameters();
		return this.requests.launching(requestId, () -> this.jobOperator.start(this.job, parameters));
	}

	/**
	 * Marks as failed what a run whose process is gone left running or {@code UNKNOWN},
	 * so that it can be resumed. Spring Batch restarts neither an execution nor a step
	 * (partitions included) in those states, and it records {@code UNKNOWN} when it could
	 * not record how a step ended (its database connections were lost, say);
	 * {@code JobOperator.recover} marks only the running ones and leaves {@code UNKNOWN}
	 * as it is. Called with the date's lock held: no process runs the date any more. Each
	 * update is a transaction of its own; a recovery cut short is finished by the next
	 * run of the date.
	 */
	private void markUnfinishedFailed(JobExecution execution) {
		for (StepExecution step : execution.getStepExecutions()) {
			if (unfinished(step.getStatus())) {
				step.setExitStatus(recovered(step.getStatus(), step.getExitStatus()));
				step.setStatus(BatchStatus.FAILED);
				step.setEndTime(Objects.requireNonNullElseGet(step.getEndTime(), LocalDateTime::now));
				this.jobRepository.update(step);
			}
		}
		if (unfinished(execution.getStatus())) {
			execution.setExitStatus(recovered(execution.getStatus(), execution.getExitStatus()));
			execution.setStatus(BatchStatus.FAILED);
			execution.setEndTime(Objects.requireNonNullElseGet(execution.getEndTime(), LocalDateTime::now));
			this.jobRepository.update(execution);
		}
	}

	private static boolean unfinished(BatchStatus status) {
		return status == BatchStatus.UNKNOWN || status.isRunning();
	}

	private static ExitStatus recovered(BatchStatus status, ExitStatus exit) {
		// first, so that the repository's cut of a long description keeps it
		return new ExitStatus(ExitStatus.FAILED.getExitCode(), "Recovered: left " + status
				+ " by a process that ended without recording the outcome; marked FAILED by the next run of the date")
			.addExitDescription((exit != null) ? exit.getExitDescription() : "");
	}

	/** Sends a completed date's e-mails that were never delivered (and nothing else). */
	private JobExecution retryEmails(LocalDate date) throws Exception {
		JobParameters parameters = new JobParametersBuilder()
			.addString(JobParameterNames.BUSINESS_DATE, date.toString())
			.addString(JobParameterNames.RETRIED_AT, Instant.now().toString())
			.addString(JobParameterNames.CONNECTIONS, ConnectionSelection.ALL.format(), false)
			.addString(JobParameterNames.EMAIL, "true", false)
			.addString(JobParameterNames.RESEND, "false", false)
			.toJobParameters();
		return this.jobOperator.start(this.emailRetryJob, parameters);
	}

	private RunLock lock(LocalDate date) {
		RunLock lock = RunLock.tryAcquire(this.dataSource, date);
		if (lock == null) {
			throw new RunRefusedException("A run for " + date + " is already in progress; try again when it ends");
		}
		return lock;
	}

	private JobExecution lastExecution(LocalDate date) {
		List<Long> ids = this.jdbc.queryForList("""
				SELECT e.job_execution_id
				FROM batch_job_execution e
				JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id AND i.job_name = :job
				JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
				WHERE p.parameter_name = :name AND p.parameter_value = :date
				  -- a rerun of some connections neither completes nor resumes the date's run
				  AND NOT EXISTS (SELECT 1 FROM batch_job_execution_params c
				                  WHERE c.job_execution_id = e.job_execution_id AND c.parameter_name = :connections
				                    AND c.parameter_value <> '')
				ORDER BY e.job_execution_id DESC
				LIMIT 1""", Map.of("job", JobParameterNames.JOB_NAME, "name", JobParameterNames.BUSINESS_DATE, "date",
				date.toString(), "connections", JobParameterNames.CONNECTIONS), Long.class);
		return ids.isEmpty() ? null : this.jobRepository.getJobExecution(ids.get(0));
	}

	private long nextRunNumber(LocalDate date) {
		Long last = this.jdbc.queryForObject("""
				SELECT max(CAST(r.parameter_value AS bigint))
				FROM batch_job_execution_params d
				JOIN batch_job_execution_params r ON r.job_execution_id = d.job_execution_id AND r.parameter_name = :run
				WHERE d.parameter_name = :name AND d.parameter_value = :date""", Map.of("run",
				JobParameterNames.RUN_NUMBER, "name", JobParameterNames.BUSINESS_DATE, "date", date.toString()),
				Long.class);
		return (last != null) ? last + 1 : 0;
	}

	private ConnectionSelection resolve(List<String> phoneNumberIds) {
		if (phoneNumberIds.isEmpty()) {
			return ConnectionSelection.ALL;
		}
		Set<String> wanted = new LinkedHashSet<>(phoneNumberIds);
		// one array parameter, however many are named (not one bind parameter each)
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"SELECT id, phone_number_id FROM wa_connection WHERE phone_number_id = ANY (CAST(:ids AS text[]))",
				Map.of("ids", wanted.toArray(String[]::new)));
		rows.forEach((row) -> wanted.remove((String) row.get("phone_number_id")));
		if (!wanted.isEmpty()) {
			List<String> named = wanted.stream().limit(UNKNOWN_NAMED).toList();
			throw new RunRefusedException("Unknown connection phone_number_id: " + String.join(", ", named)
					+ ((wanted.size() > named.size()) ? " and " + (wanted.size() - named.size()) + " more" : ""));
		}
		return new ConnectionSelection(
				rows.stream().mapToLong((row) -> ((Number) row.get("id")).longValue()).toArray());
	}

	/**
	 * A run that could not be launched, recorded on its request with the reason, so that
	 * it does not look queued for ever.
	 */
	private RuntimeException launchFailure(Exception ex, long requestId) {
		this.requests.refused(requestId, Objects.requireNonNullElse(ex.getMessage(), ex.getClass().getName()));
		if (ex instanceof RuntimeException runtime) {
			return runtime;
		}
		return new IllegalStateException("Could not launch the job: " + ex.getMessage(), ex);
	}

}
