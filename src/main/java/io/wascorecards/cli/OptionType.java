package io.wascorecards.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * How the value of an option is read, and what a user is told when it cannot be.
 */
enum OptionType {

	/** No value: present or absent. */
	FLAG(null, null),

	/** An ISO date. */
	DATE(LocalDate::parse, "a date like 2026-03-29"),

	/** An ISO-8601 instant. */
	INSTANT(Instant::parse, "an instant like 2026-04-15T00:00:00Z"),

	/** A whole number above zero. */
	POSITIVE_NUMBER(OptionType::positive, "a whole number above 0"),

	/** Any whole number. */
	NUMBER(Long::parseLong, "a whole number"),

	/** A file or directory. */
	PATH(Path::of, "a path"),

	/** A phone number id: digits only. */
	PHONE_NUMBER_ID(OptionType::digits, "a phone number id (digits only)");

	private final Function<String, Object> reader;

	private final String expected;

	OptionType(Function<String, Object> reader, String expected) {
		this.reader = reader;
		this.expected = expected;
	}

	Object read(String option, String value) {
		try {
			return this.reader.apply(value);
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw new UsageException("--%s must be %s, not '%s'".formatted(option, this.expected, value));
		}
	}

	private static Object positive(String value) {
		long number = Long.parseLong(value);
		if (number <= 0) {
			throw new IllegalArgumentException(value);
		}
		return number;
	}

	private static Object digits(String value) {
		if (!value.matches("[0-9]{1,32}")) {
			throw new IllegalArgumentException(value);
		}
		return value;
	}

}
