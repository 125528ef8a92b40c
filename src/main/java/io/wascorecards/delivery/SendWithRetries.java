package io.wascorecards.delivery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.SendFailedException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * Sends one stored e-mail, trying again while the failure may pass (no connection, a busy
 * or failing server): {@code scorecards.mail.attempts} attempts in all, the first pause
 * {@code scorecards.mail.backoff} and each next one twice the one before. A refused
 * recipient ends the attempts at once; a failure that is not the server's (an unreadable
 * stored e-mail) is not tried again but thrown.
 */
final class SendWithRetries {

	private static final Log logger = LogFactory.getLog(SendWithRetries.class);

	private final Mailbox mailbox;

	private final RetryTemplate retries;

	SendWithRetries(Mailbox mailbox, DeliveryProperties properties) {
		this.mailbox = mailbox;
		RetryPolicy policy = RetryPolicy.builder()
			.maxRetries(properties.attempts() - 1)
			.delay(properties.backoff())
			.multiplier(2)
			.includes(MailException.class)
			.predicate((ex) -> !refused(ex))
			.build();
		this.retries = new RetryTemplate(policy);
		this.retries.setRetryListener(new RetryListener() {

			@Override
			public void beforeRetry(RetryPolicy policy, Retryable<?> sending, RetryState state) {
				logger.warn("Sending " + sending.getName() + " again (attempt " + (state.getRetryCount() + 1) + " of "
						+ properties.attempts() + ") after: " + describe(state.getLastException()));
			}

		});
	}

	/**
	 * Sends an e-mail.
	 * @param eml the stored e-mail
	 * @param previousAttempts the attempts of earlier runs, counted on
	 * @return the outcome
	 */
	Outcome send(Path eml, int previousAttempts) {
		Sending sending = new Sending(eml);
		try {
			this.retries.execute(sending);
			return new Outcome(true, previousAttempts + sending.attempts, null);
		}
		catch (RetryException ex) {
			if (Thread.currentThread().isInterrupted()) {
				throw new IllegalStateException("Interrupted while waiting to send " + sending.getName() + " again",
						ex);
			}
			if (!(ex.getLastException() instanceof MailException failure)) {
				throw (ex.getLastException() instanceof RuntimeException other) ? other
						: new IllegalStateException("Could not send " + sending.getName(), ex.getLastException());
			}
			return new Outcome(false, previousAttempts + sending.attempts, describe(failure));
		}
	}

	/** The server refused the recipient: sending again will not change that. */
	private static boolean refused(Throwable ex) {
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

	private static String describe(Throwable ex) {
		if (ex instanceof MailSendException send && send.getMessageExceptions().length > 0) {
			return NestedExceptionUtils.getMostSpecificCause(send.getMessageExceptions()[0]).toString();
		}
		return NestedExceptionUtils.getMostSpecificCause(ex).toString();
	}

	/**
	 * One e-mail's sending, which counts its attempts: a success tells nothing of them.
	 */
	private final class Sending implements Retryable<Void> {

		private final Path eml;

		private int attempts;

		Sending(Path eml) {
			this.eml = eml;
		}

		@Override
		public Void execute() {
			this.attempts++;
			SendWithRetries.this.mailbox.send(this.eml);
			return null;
		}

		@Override
		public String getName() {
			return this.eml.getFileName().toString();
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
