package io.wascorecards.job;

/**
 * A run that must not start: another run of the same date is in progress, or the request
 * names unknown connections.
 */
public class RunRefusedException extends RuntimeException {

	public RunRefusedException(String message) {
		super(message);
	}

}
