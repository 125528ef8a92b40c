package io.wascorecards;

/**
 * The application cannot start as configured (a database that is not one of ours, a
 * setting that cannot work): the command exits 2 with this one-line reason.
 */
public class RefusedConfigurationException extends RuntimeException {

	public RefusedConfigurationException(String message) {
		super(message);
	}

}
