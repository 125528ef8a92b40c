package io.wascorecards.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is asked of the launcher, by the command line, the scheduler or the HTTP API:
 * score these dates, this way.
 *
 * @param from the first business date
 * @param to the last business date (inclusive)
 * @param connections phone number ids to restrict the run to; empty for all active
 * connections
 * @param asOf the instant the figures are computed as of; {@code null} for the instant
 * the run starts
 * @param email whether to send e-mails
 * @param resend whether managers already sent get the e-mail again
 * @param rerun whether each date is computed again as a new run that reads its webhooks
 * again ({@code rerun}), rather than scored once ({@code run}: a date already scored is
 * not recomputed, a failed run is resumed)
 */
public record RunRequest(LocalDate from, LocalDate to, List<String> connections, Instant asOf, boolean email,
		boolean resend, boolean rerun) {

	public RunRequest {
		connections = List.copyOf(connections);
		if (!rerun && (!connections.isEmpty() || resend)) {
			throw new IllegalArgumentException(
					"A run scores every connection once; connections and resend are a rerun's");
		}
	}

	/**
	 * Scores a date once, for all connections: what {@code run} and the nightly trigger
	 * ask.
	 * @param date the date
	 * @param asOf the instant, {@code null} for the instant the run starts
	 * @param email whether to send e-mails
	 * @return the request
	 */
	public static RunRequest run(LocalDate date, Instant asOf, boolean email) {
		return new RunRequest(date, date, List.of(), asOf, email, false, false);
	}

	/**
	 * Computes each date of a range again as a new run: what {@code rerun} and the HTTP
	 * API ask.
	 * @return the request
	 */
	public static RunRequest rerun(LocalDate from, LocalDate to, List<String> connections, Instant asOf, boolean email,
			boolean resend) {
		return new RunRequest(from, to, connections, asOf, email, resend, true);
	}

	/**
	 * The same request, one per date, in date order.
	 * @return the requests of each date
	 */
	public List<RunRequest> dates() {
		List<RunRequest> dates = new ArrayList<>();
		for (LocalDate date = this.from; !date.isAfter(this.to); date = date.plusDays(1)) {
			dates.add(new RunRequest(date, date, this.connections, this.asOf, this.email, this.resend, this.rerun));
		}
		return dates;
	}

	/**
	 * The same request as of another instant.
	 * @param instant the instant
	 * @return the request
	 */
	RunRequest withAsOf(Instant instant) {
		return new RunRequest(this.from, this.to, this.connections, instant, this.email, this.resend, this.rerun);
	}

}
