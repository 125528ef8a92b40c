package io.wascorecards.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;

/**
 * Where composed e-mails go: through the SMTP server of {@code spring.mail.*}, or,
 * without one (the demo), nowhere further than the {@code .eml} files written into the
 * outbox folder before sending.
 */
final class Mailbox {

	private final JavaMailSender sender;

	/**
	 * Creates the mailbox.
	 * @param sender the SMTP sender, {@code null} for outbox mode
	 */
	Mailbox(JavaMailSender sender) {
		this.sender = sender;
	}

	boolean outboxOnly() {
		return this.sender == null;
	}

	/** The folder of a date's stored e-mails. */
	Path folder(Path dateDir) {
		return dateDir.resolve(outboxOnly() ? "outbox" : "mail");
	}

	/**
	 * Sends a stored e-mail exactly as it was written, Message-ID included.
	 * @param eml the stored e-mail
	 * @throws org.springframework.mail.MailException when the server does not accept it
	 */
	void send(Path eml) {
		if (outboxOnly()) {
			return;
		}
		try (InputStream in = Files.newInputStream(eml)) {
			MimeMessage message = new StoredMessage(Session.getInstance(new java.util.Properties()), in);
			this.sender.send(message);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the stored e-mail " + eml, ex);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("The stored e-mail " + eml + " is not a valid message", ex);
		}
	}

	/** A stored message sent as is: sending must not give it a new Message-ID. */
	private static final class StoredMessage extends MimeMessage {

		StoredMessage(Session session, InputStream in) throws MessagingException {
			super(session, in);
		}

		@Override
		protected void updateMessageID() {
			// keep the stored one
		}

		@Override
		protected void updateHeaders() {
			// keep the stored headers and encodings as written
		}

	}

}
