package io.wascorecards.cli;

/**
 * A command line, or a request it makes, that cannot be carried out as given: exit code 2
 * with a one-line reason.
 */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
