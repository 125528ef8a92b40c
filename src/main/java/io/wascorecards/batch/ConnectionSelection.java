package io.wascorecards.batch;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which connections a run covers: all active ones, or the active ones among the given
 * database ids.
 *
 * @param ids the chosen connection ids, or {@code null} for all
 */
public record ConnectionSelection(long[] ids) {

	public static final ConnectionSelection ALL = new ConnectionSelection(null);

	/**
	 * Reads the form stored in job parameters: empty for all, else ids separated by
	 * commas.
	 * @param value the stored form
	 * @return the selection
	 */
	public static ConnectionSelection parse(String value) {
		if (value == null || value.isBlank()) {
			return ALL;
		}
		return new ConnectionSelection(Arrays.stream(value.split(",")).mapToLong(Long::parseLong).toArray());
	}

	/**
	 * The form stored in job parameters.
	 * @return empty for all, else ids separated by commas
	 */
	public String format() {
		return (this.ids == null) ? ""
				: Arrays.stream(this.ids).mapToObj(Long::toString).collect(Collectors.joining(","));
	}

	/**
	 * The selection as the {@code :only} parameter of the statements that take one.
	 * @return {@code only} mapped to the ids as a PostgreSQL array literal, or to
	 * {@code null} for all
	 */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("only", (this.ids == null) ? null : "{" + format() + "}");
		return parameters;
	}

}
