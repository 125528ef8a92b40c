package io.wascorecards.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an admin or the scheduler asks for: score these dates.
 *
 * @param from the first business date
 * @param to the last business date (inclusive)
 * @param connections phone number ids to restrict the run to; empty for all active
 * connections
 * @param asOf the instant the figures are computed as of; {@code null} for now
 * @param email whether to send e-mails
 * @param resend whether managers already sent to get the e-mail again
 */
public record RunRequest(LocalDate from, LocalDate to, List<String> connections, Instant asOf, boolean email,
		boolean resend) {

	public RunRequest {
		connections = List.copyOf(connections);
	}

}
