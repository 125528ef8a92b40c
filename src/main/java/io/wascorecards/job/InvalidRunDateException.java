package io.wascorecards.job;

/**
 * A date, range or as-of instant a run may not be asked for ({@link RunDates}).
 */
public class InvalidRunDateException extends RunRefusedException {

	private final String field;

	public InvalidRunDateException(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * What the caller calls the value at fault.
	 * @return {@code date}, {@code from}, {@code to} or {@code as-of}
	 */
	public String field() {
		return this.field;
	}

}
