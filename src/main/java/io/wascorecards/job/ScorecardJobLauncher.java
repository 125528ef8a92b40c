package io.wascorecards.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import io.wascorecards.batch.ConnectionSelection;
import io.wascorecards.batch.JobParameterNames;
import io.wascorecards.batch.RunLock;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * The one place that launches the job, for the command line, the scheduler and the HTTP
 * API alike. Every date asked is recorded in {@code run_request} first
 * ({@link RunRequests}), and the job links its execution to that record from its
 * parameters.
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

	private final JobOperator jobOperator;

	private final Job job;

	private final Job emailRetryJob;

	private final RunRequests requests;

	private final DateRuns runs;

	private final DataSource dataSource;

	private final KnownConnections connections;

	private final RunDates dates;

	ScorecardJobLauncher(JobOperator jobOperator, Job dailyScorecardJob, Job emailRetryJob, RunRequests requests,
			DateRuns runs, DataSource dataSource, KnownConnections connections, RunDates dates) {
		this.jobOperator = jobOperator;
		this.job = dailyScorecardJob;
		this.emailRetryJob = emailRetryJob;
		this.requests = requests;
		this.runs = runs;
		this.dataSource = dataSource;
		this.connections = connections;
		this.dates = dates;
	}

	public RunOutcome run(LocalDate businessDate, Instant asOf, boolean email) {
		return run(businessDate, asOf, email, COMMAND_LINE);
	}

	/**
	 * Scores a date once (see the class description).
	 * @param businessDate the date
	 * @param asOf the instant of computation, {@code null} for now
	 * @param email whether to e-mail the managers
	 * @param requestedBy who asks, for the record of runs
	 * @return what became of it
	 * @throws RunRefusedException when a run of the date is in progress, or the date or
	 * the instant may not be run ({@link InvalidRunDateException})
	 */
	public RunOutcome run(LocalDate businessDate, Instant asOf, boolean email, String requestedBy) {
		this.dates.check("date", businessDate);
		this.dates.checkAsOf(businessDate, asOf);
		return carryOut(this.requests.queue(RunRequest.run(businessDate, asOf, email), requestedBy));
	}

	public List<RunOutcome> rerun(RunRequest request) {
		return rerun(request, COMMAND_LINE);
	}

	/**
	 * Carries out each date of a request in date order: for a rerun, each date is
	 * recomputed as a new run.
	 * @param request the dates and how
	 * @param requestedBy who asks, for the record of runs
	 * @return what became of each date
	 * @throws RunRefusedException when a connection is unknown or a run of a date is in
	 * progress, or the dates or the instant may not be run
	 * ({@link InvalidRunDateException})
	 */
	public List<RunOutcome> rerun(RunRequest request, String requestedBy) {
		this.dates.check(request.from(), request.to());
		this.dates.checkAsOf(request.from(), request.asOf());
		this.connections.resolve(request.connections());
		List<RunOutcome> outcomes = new ArrayList<>();
		for (RunRequest date : request.dates()) {
			outcomes.add(start(this.requests.queue(date, requestedBy)));
		}
		return outcomes;
	}

	/**
	 * Carries out a run asked earlier ({@link RunRequests#queue}).
	 * @param queued the run asked
	 * @return what became of it
	 * @throws RunRefusedException when a run of the date is in progress, or the date or
	 * the instant may not be run ({@link InvalidRunDateException})
	 */
	public RunOutcome start(RunOutcome queued) {
		try {
			// asked through the API, it may have waited: checked again, refused on its
			// row
			this.dates.check("date", queued.businessDate());
			this.dates.checkAsOf(queued.businessDate(), queued.request().asOf());
		}
		catch (InvalidRunDateException ex) {
			throw launchFailure(ex, queued.id());
		}
		return carryOut(queued);
	}

	/**
	 * Whether a run of the date has completed, so that its stored results can be
	 * exported.
	 * @param businessDate the date
	 * @return whether one has
	 */
	public boolean hasCompletedRun(LocalDate businessDate) {
		return this.requests.hasCompletedRun(businessDate);
	}

	private RunOutcome carryOut(RunOutcome asked) {
		RunRequest request = asked.request();
		LocalDate date = asked.businessDate();
		try (RunLock lock = lock(date)) {
			ConnectionSelection selection = this.connections.resolve(request.connections());
			JobExecution last = request.rerun() ? null : this.runs.last(date);
			if (last == null) {
				// run 0, unless a run (a rerun of some connections, say) came first
				return launch(asked, newRun(date, this.requests.nextRunNumber(date), request, selection));
			}
			if (last.getStatus() == BatchStatus.COMPLETED) {
				return alreadyScored(asked, last);
			}
			this.runs.markUnfinishedFailed(last);
			// the resumed run keeps what it computes with (as-of, connections), so that
			// all its figures agree; whether it e-mails is for the run that resumes it
			// to say
			return launch(asked,
					new JobParametersBuilder(last.getJobParameters())
						.addString(JobParameterNames.EMAIL, Boolean.toString(request.email()), false)
						.toJobParameters());
		}
		catch (Exception ex) {
			throw launchFailure(ex, asked.id());
		}
	}

	private static JobParameters newRun(LocalDate date, long runNumber, RunRequest request,
			ConnectionSelection selection) {
		Instant asOf = (request.asOf() != null) ? request.asOf() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
		return new JobParametersBuilder(DateRuns.identifying(date, runNumber))
			.addString(JobParameterNames.AS_OF, asOf.toString(), false)
			.addString(JobParameterNames.CONNECTIONS, selection.format(), false)
			.addString(JobParameterNames.REREAD_WEBHOOKS, Boolean.toString(runNumber > 0), false)
			.addString(JobParameterNames.EMAIL, Boolean.toString(request.email()), false)
			.addString(JobParameterNames.RESEND, Boolean.toString(request.resend()), false)
			.toJobParameters();
	}

	/**
	 * Launches a run for a request. The request goes with the run as a parameter that
	 * does not identify it (a resumed run is the same job instance), and the job links
	 * its execution to the request from there, on whatever thread it runs.
	 */
	private RunOutcome launch(RunOutcome asked, JobParameters run) throws Exception {
		JobParameters parameters = new JobParametersBuilder(run).addLong(JobParameterNames.REQUEST, asked.id(), false)
			.toJobParameters();
		Instant asOf = Instant.parse(parameters.getString(JobParameterNames.AS_OF));
		// taken before the launch: a run number is never given twice
		this.requests.launching(asked.id(), parameters.getLong(JobParameterNames.RUN_NUMBER), asOf);
		return asked.started(this.jobOperator.start(this.job, parameters), asOf);
	}

	/**
	 * A date already scored: nothing is recomputed, the e-mails never delivered are sent
	 * (when the request e-mails), and the request records the run that had scored it.
	 */
	private RunOutcome alreadyScored(RunOutcome asked, JobExecution scored) throws Exception {
		JobExecution retry = null;
		if (asked.request().email()) {
			retry = this.jobOperator.start(this.emailRetryJob,
					new JobParametersBuilder()
						.addString(JobParameterNames.BUSINESS_DATE, asked.businessDate().toString())
						.addString(JobParameterNames.RETRIED_AT, Instant.now().toString())
						.addString(JobParameterNames.CONNECTIONS, ConnectionSelection.ALL.format(), false)
						.addString(JobParameterNames.EMAIL, "true", false)
						.addString(JobParameterNames.RESEND, "false", false)
						.toJobParameters());
		}
		String note = "already scored by run " + scored.getId() + "; nothing recomputed"
				+ ((retry != null) ? ", undelivered e-mails sent by execution " + retry.getId() : "");
		this.requests.alreadyScored(asked.id(), scored, retry, note);
		return asked.alreadyScored(scored, retry, note);
	}

	private RunLock lock(LocalDate date) {
		RunLock lock = RunLock.tryAcquire(this.dataSource, date);
		if (lock == null) {
			throw new RunRefusedException("A run for " + date + " is already in progress; try again when it ends");
		}
		return lock;
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
