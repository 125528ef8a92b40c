package io.wascorecards.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What to generate: the business days {@code from}…{@code to} (inclusive, in each
 * connection's own time zone) of {@code connections} brand connections,
 * {@code messagesPerDay} messages a day across all of them. The same request always gives
 * the same rows.
 *
 * @param from the first business day
 * @param to the last business day
 * @param connections how many brand connections
 * @param messagesPerDay messages a day across all connections
 * @param seed the seed of every random choice
 */
public record GenerationRequest(LocalDate from, LocalDate to, int connections, int messagesPerDay, long seed) {

	static final int MAX_CONNECTIONS = 1_000_000;

	static final int MAX_DAYS = 3660;

	static final int MAX_MESSAGES_PER_DAY = 100_000_000;

	/** The years the generator's calendar arithmetic is meant for. */
	static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

	static final LocalDate LAST = LocalDate.of(2099, 12, 31);

	public GenerationRequest {
		if (from == null || to == null) {
			throw new IllegalArgumentException("Both --from and --to dates are required");
		}
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("--to " + to + " is before --from " + from);
		}
		if (from.isBefore(FIRST) || to.isAfter(LAST)) {
			throw new IllegalArgumentException("Dates must be between " + FIRST + " and " + LAST);
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new IllegalArgumentException("At most " + MAX_DAYS + " days can be generated at once");
		}
		if (connections < 1 || connections > MAX_CONNECTIONS) {
			throw new IllegalArgumentException(
					"--connections must be between 1 and " + MAX_CONNECTIONS + ", not " + connections);
		}
		if (messagesPerDay < 0 || messagesPerDay > MAX_MESSAGES_PER_DAY) {
			throw new IllegalArgumentException(
					"--messages-per-day must be between 0 and " + MAX_MESSAGES_PER_DAY + ", not " + messagesPerDay);
		}
	}

	/**
	 * The number of business days requested.
	 * @return days from {@code from} to {@code to}, both included
	 */
	public int days() {
		return (int) ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

}
