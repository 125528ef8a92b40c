package io.wascorecards.admin;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/runs}:
 * {@code {"from":"D1","to":"D2","connections":["…"],"email":true,"resend":false}}. Its
 * shape is checked as it is read ({@link ApiJsonConfiguration}: a member of another JSON
 * type, {@code null}, a member given twice or one it does not have is refused), its
 * values by the constraints here (each message follows the field's name), and the dates
 * by {@link io.wascorecards.job.RunDates}, as for the command line.
 *
 * @param from the first business date
 * @param to the last business date
 * @param connections phone_number_ids to limit the runs to, each once in the order first
 * named (at most {@value #MAX_CONNECTIONS} distinct ones), empty for all
 * @param email whether to e-mail (absent: true)
 * @param resend whether to e-mail managers already sent (absent: false)
 */
record RunsRequest(@NotNull(message = IsoDate.REQUIRED) @IsoDate String from,
		@NotNull(message = IsoDate.REQUIRED) @IsoDate String to,
		@Size(max = MAX_CONNECTIONS,
				message = "may name at most {max} distinct phone_number_ids per request") List<@PhoneNumberId String> connections,
		Boolean email, Boolean resend) {

	/**
	 * How many distinct connections a request may name: more than a person picks by hand,
	 * few enough for one statement's parameters and one readable refusal.
	 */
	static final int MAX_CONNECTIONS = 1000;

	RunsRequest {
		// before the constraints see them: a request names at most so many distinct ones
		connections = (connections != null) ? List.copyOf(new LinkedHashSet<>(connections)) : List.of();
		email = (email == null) || email;
		resend = (resend != null) && resend;
	}

	/** The first date, once validated. */
	LocalDate first() {
		return LocalDate.parse(this.from);
	}

	/** The last date, once validated. */
	LocalDate last() {
		return LocalDate.parse(this.to);
	}

}
