package io.wascorecards.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code scorecards.mail.*}; the SMTP server itself is
 * {@code spring.mail.*}, and without {@code spring.mail.host} e-mails are written to the
 * outbox folder instead.
 *
 * @param from the sender address; its domain also ends every Message-ID
 * @param attempts how many times an e-mail is tried before it is recorded as failed
 * @param backoff the wait before the second attempt, doubled before each next one
 * @param maxAttachmentSize attachments per e-mail at most: more are split into several
 * @param sendInterval a pause between two e-mails, for SMTP servers that limit the rate
 * @param giveUpAfter after this many e-mails in a row failed every attempt, the server is
 * taken to be down: the run's other e-mails are recorded FAILED without trying, for the
 * next run to send, rather than holding the night for hours
 */
@ConfigurationProperties("scorecards.mail")
public record DeliveryProperties(@DefaultValue("scorecards@wa-scorecards.invalid") String from,
		@DefaultValue("3") int attempts, @DefaultValue("2s") Duration backoff,
		@DefaultValue("10MB") DataSize maxAttachmentSize, @DefaultValue("0s") Duration sendInterval,
		@DefaultValue("3") int giveUpAfter) {

	public DeliveryProperties {
		if (giveUpAfter < 1) {
			throw new IllegalArgumentException("scorecards.mail.give-up-after must be at least 1");
		}
		if (attempts < 1) {
			throw new IllegalArgumentException("scorecards.mail.attempts must be at least 1");
		}
		if (backoff.isNegative() || sendInterval.isNegative()) {
			throw new IllegalArgumentException("scorecards.mail.backoff and scorecards.mail.send-interval must not be "
					+ "negative (they are " + backoff + " and " + sendInterval + ")");
		}
		if (maxAttachmentSize.toBytes() < 1) {
			throw new IllegalArgumentException("scorecards.mail.max-attachment-size must be positive");
		}
		if (!from.matches("[^@\\s<>]+@[A-Za-z0-9.-]+")) {
			throw new IllegalArgumentException("scorecards.mail.from is not a plain e-mail address: " + from);
		}
	}

	/**
	 * The domain of the sender, for Message-IDs.
	 * @return e.g. {@code wa-scorecards.invalid}
	 */
	String domain() {
		return this.from.substring(this.from.indexOf('@') + 1);
	}

}
