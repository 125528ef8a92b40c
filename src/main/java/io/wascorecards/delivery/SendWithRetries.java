package io.wascorecards.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.SendFailedException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * Sends one stored e-mail, trying again with growing pauses while the failure may pass
 * (no connection, a busy or failing server); a refused recipient ends the attempts at
 * once.
 */
final class SendWithRetries {

	private static final Log logger = LogFactory.getLog(SendWithRetries.class);

	private final Mailbox mailbox;

	private final DeliveryProperties properties;

	SendWithRetries(Mailbox mailbox, DeliveryProperties properties) {
		this.mailbox = mailbox;
		this.properties = properties;
	}

	/**
	 * Sends an e-mail.
	 * @param eml the stored e-mail
	 * @param previousAttempts the attempts of earlier runs, counted on
	 * @return the outcome
	 */
	Outcome send(Path eml, int previousAttempts) {
		Duration pause = this.properties.backoff();
		String error = null;
		for (int attempt = 1; attempt <= this.properties.attempts(); attempt++) {
			try {
				this.mailbox.send(eml);
				return new Outcome(true, previousAttempts + attempt, null);
			}
			catch (MailException ex) {
				error = describe(ex);
				if (permanent(ex) || attempt == this.properties.attempts()) {
					return new Outcome(false, previousAttempts + attempt, error);
				}
				logger.warn("Sending " + eml.getFileName() + " failed (attempt " + attempt + "), trying again in "
						+ pause.toMillis() + " ms: " + error);
				sleep(pause);
				pause = pause.multipliedBy(2);
			}
		}
		return new Outcome(false, previousAttempts + this.properties.attempts(), error);
	}

	/** The server refused the recipient: sending again will not change that. */
	private static boolean permanent(MailException ex) {
		List<Throwable> failures = new ArrayList<>(List.of(ex));
		if (ex instanceof MailSendException send) {
			failures.addAll(List.of(send.getMessageExceptions()));
		}
		for (Throwable failure : failures) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
						&& refused.getInvalidAddresses().length > 0) {
					return true;
				}
			}
		}
		return false;
	}

	private static String describe(MailException ex) {
		if (ex instanceof MailSendException send && send.getMessageExceptions().length > 0) {
			return NestedExceptionUtils.getMostSpecificCause(send.getMessageExceptions()[0]).toString();
		}
		return NestedExceptionUtils.getMostSpecificCause(ex).toString();
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to send again", ex);
		}
	}

	/**
	 * What became of an e-mail.
	 *
	 * @param sent whether the server accepted it
	 * @param attempts the attempts so far, all runs together
	 * @param error the last failure, or {@code null}
	 */
	record Outcome(boolean sent, int attempts, String error) {
	}

}
