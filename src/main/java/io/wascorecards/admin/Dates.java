package io.wascorecards.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates of query parameters and paths: ISO {@code YYYY-MM-DD}, or 400 naming the field.
 */
final class Dates {

	private Dates() {
	}

	/**
	 * Exactly four digits of year, no sign: {@code LocalDate.parse} takes
	 * {@code +10000-01-01}.
	 */
	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	/** Refuses a range whose {@code to} comes before its {@code from}. */
	static void inOrder(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidRequestException("to", "'to' (" + to + ") is before 'from' (" + from + ")");
		}
	}

	static LocalDate parse(String field, String value) {
		if (value == null || !value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
			throw new InvalidRequestException(field, "'" + field + "' is not a date YYYY-MM-DD: " + value);
		}
		try {
			return LocalDate.parse(value, ISO);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException(field, "'" + field + "' is not a date YYYY-MM-DD: " + value);
		}
	}

}
