package io.wascorecards.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates of query parameters and paths: ISO {@code YYYY-MM-DD}, or 400 naming the field.
 */
final class Dates {

	private Dates() {
	}

	static LocalDate parse(String field, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException(field, "'" + field + "' is not a date YYYY-MM-DD: " + value);
		}
	}

}
