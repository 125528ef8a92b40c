package io.wascorecards.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.regex.Pattern;

import io.wascorecards.report.ReportFiles;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;

import io.wascorecards.delivery.EmailComposer.Attachment;
import io.wascorecards.delivery.EmailComposer.ComposedEmail;

/**
 * Turns a {@link ComposedEmail} into a MIME message: {@code multipart/mixed} with a
 * {@code multipart/alternative} of the text and the HTML, then the PDFs, all in UTF-8,
 * under the {@code Message-ID} given by the caller, so that sending the same e-mail again
 * is recognisable as the same message.
 */
public final class MimeMessages {

	/** A Message-ID as RFC 5322 writes it, and nothing that could break the header. */
	private static final Pattern MESSAGE_ID = Pattern
		.compile("<[\\x21-\\x3B\\x3D\\x3F-\\x7E]+@[\\x21-\\x3B\\x3D\\x3F-\\x7E]+>");

	private static final String PDF = "application/pdf";

	private MimeMessages() {
	}

	/**
	 * The MIME message of an e-mail, dated now.
	 * @param email the e-mail
	 * @param from the sender, e.g. {@code wa-scorecards <noreply@bsp.example>}
	 * @param to the recipient's address
	 * @param messageId the Message-ID, with its angle brackets, e.g.
	 * {@code <2026-03-29.7.1@wa-scorecards.bsp.example>}; kept exactly, also through
	 * {@link MimeMessage#saveChanges()}
	 * @param session the mail session (e.g. {@code JavaMailSenderImpl.getSession()})
	 * @return the message
	 * @throws IllegalArgumentException when an address or the Message-ID is not valid
	 */
	public static MimeMessage toMime(ComposedEmail email, String from, String to, String messageId, Session session) {
		if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
			throw new IllegalArgumentException("Not a valid Message-ID: "
					+ ((messageId != null) ? messageId.replaceAll("\\p{Cntrl}", "?") : null));
		}
		MimeMessage message = new FixedIdMimeMessage(session, messageId);
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED,
					StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(email.subject());
			helper.setSentDate(new Date());
			helper.setText(email.text(), email.html());
			MimeMultipart mixed = helper.getRootMimeMultipart();
			for (Attachment attachment : email.attachments()) {
				helper.addAttachment(attachment.fileName(), new FileSystemResource(attachment.file()), PDF);
				// always base64: a PDF that happens to be all ASCII would otherwise go as
				// 7bit,
				// and servers rewriting its line ends would break its byte offsets
				mixed.getBodyPart(mixed.getCount() - 1).setHeader("Content-Transfer-Encoding", "base64");
			}
			message.saveChanges();
			return message;
		}
		catch (MessagingException ex) {
			throw new IllegalArgumentException("Could not build the e-mail '" + email.subject() + "' to " + to, ex);
		}
	}

	/**
	 * Writes a message as an {@code .eml} file, which mail clients open: whole or not at
	 * all, through a temporary file in the same folder.
	 * @param message the message
	 * @param file the file
	 * @throws UncheckedIOException when it cannot be written, or an attachment read
	 */
	public static void writeEml(MimeMessage message, Path file) {
		ByteArrayOutputStream eml = new ByteArrayOutputStream(64 * 1024);
		try {
			message.writeTo(eml);
		}
		catch (IOException | MessagingException ex) {
			throw new UncheckedIOException("Could not write " + file,
					(ex instanceof IOException io) ? io : new IOException(ex));
		}
		ReportFiles.write(file, eml.toByteArray());
	}

	/**
	 * A message whose Message-ID is chosen by the caller: {@link MimeMessage} would make
	 * up a new one every time its headers are updated.
	 */
	private static final class FixedIdMimeMessage extends MimeMessage {

		private final String messageId;

		FixedIdMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
