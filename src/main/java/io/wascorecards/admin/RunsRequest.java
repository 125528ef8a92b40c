package io.wascorecards.admin;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.wascorecards.job.InvalidRunDateException;
import io.wascorecards.job.RunDates;
import io.wascorecards.report.ReportFiles;

/**
 * The body of {@code POST /api/runs}:
 * {@code {"from":"D1","to":"D2","connections":["…"],"email":true,"resend":false}}. Dates
 * are text here so that a malformed one is refused naming its field.
 *
 * @param from the first business date
 * @param to the last business date
 * @param connections phone_number_ids to limit the runs to (at most
 * {@value #MAX_CONNECTIONS} distinct ones), absent or empty for all
 * @param email whether to e-mail (default true)
 * @param resend whether to e-mail managers already sent (default false)
 * @param unknown any other member: refused, so that a misspelt one (say
 * {@code "connection"}) does not quietly run every connection
 */
record RunsRequest(String from, String to, List<String> connections, Boolean email, Boolean resend,
		@JsonAnySetter Map<String, Object> unknown) {

	/**
	 * How many distinct connections a request may name: more than a person picks by hand,
	 * few enough for one statement's parameters and one readable refusal.
	 */
	static final int MAX_CONNECTIONS = 1000;

	/**
	 * Checks the request.
	 * @param dates the dates a run may be asked for, as for the command line
	 * @return the checked request
	 * @throws InvalidRequestException naming the first field at fault
	 */
	Checked check(RunDates dates) {
		if (this.unknown != null && !this.unknown.isEmpty()) {
			String field = this.unknown.keySet().iterator().next();
			throw new InvalidRequestException(field,
					"'" + field + "' is not a member of a run request (from, to, connections, email, resend)");
		}
		LocalDate first = date("from", this.from);
		LocalDate last = date("to", this.to);
		try {
			dates.check(first, last);
		}
		catch (InvalidRunDateException ex) {
			throw new InvalidRequestException(ex.field(), ex.getMessage());
		}
		return new Checked(first, last, distinctConnections(), (this.email == null) || this.email,
				(this.resend != null) && this.resend);
	}

	/** The connections named, each once, in the order first named. */
	private List<String> distinctConnections() {
		LinkedHashSet<String> ids = new LinkedHashSet<>((this.connections != null) ? this.connections : List.of());
		if (ids.size() > MAX_CONNECTIONS) {
			throw new InvalidRequestException("connections", "'connections' names " + ids.size()
					+ " distinct phone_number_ids; at most " + MAX_CONNECTIONS + " per request");
		}
		for (String id : ids) {
			if (!ReportFiles.isSafeId(id)) {
				throw new InvalidRequestException("connections", "'" + Excerpts.of(id) + "' is not a phone_number_id");
			}
		}
		return List.copyOf(ids);
	}

	private static LocalDate date(String field, String value) {
		if (value == null) {
			throw new InvalidRequestException(field, "'" + field + "' is required (YYYY-MM-DD)");
		}
		return Dates.parse(field, value);
	}

	/**
	 * A checked request.
	 *
	 * @param from the first date
	 * @param to the last date
	 * @param connections the phone_number_ids, empty for all
	 * @param email whether to e-mail
	 * @param resend whether to e-mail managers already sent
	 */
	record Checked(LocalDate from, LocalDate to, List<String> connections, boolean email, boolean resend) {
	}

}
