package io.wascorecards.admin;

/**
 * A request the API refuses: 400 with a problem body naming the field at fault.
 */
class InvalidRequestException extends RuntimeException {

	private final String field;

	InvalidRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
