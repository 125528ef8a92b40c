package io.wascorecards.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.wascorecards.delivery.ManagerDigest.Brand;
import io.wascorecards.scoring.TextSource;

import org.springframework.context.MessageSource;

/**
 * Writes the e-mails of a {@link ManagerDigest}: subject, plain text and HTML bodies in
 * the manager's language (texts of {@code messages/email}: English by default, Spanish,
 * Portuguese) and the PDFs to attach, split over several e-mails when they would be too
 * big for one. Stateless and thread-safe.
 */
public class EmailComposer {

	private final MessageSource messages;

	/**
	 * Writes the e-mails with the application's texts.
	 * @param messages a {@link TextSource}
	 */
	public EmailComposer(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The e-mails of a manager's day. The attachments are the portfolio (first) and the
	 * brands' scorecards in the digest's order; they are split into several e-mails
	 * whenever adding the next one would take an e-mail's attachments past
	 * {@code maxAttachmentBytes} (a file bigger than that on its own goes alone). There
	 * is always at least one e-mail.
	 * @param digest the manager's day
	 * @param maxAttachmentBytes the most bytes of files to attach to one e-mail (before
	 * base64, which adds a third)
	 * @return the e-mails, in order
	 * @throws UncheckedIOException when a PDF cannot be read
	 */
	public List<ComposedEmail> compose(ManagerDigest digest, long maxAttachmentBytes) {
		if (maxAttachmentBytes <= 0) {
			throw new IllegalArgumentException("maxAttachmentBytes must be positive, not " + maxAttachmentBytes);
		}
		EmailBody body = new EmailBody(digest, EmailTexts.of(this.messages, digest.locale()));
		List<List<Item>> split = split(items(digest), maxAttachmentBytes);
		List<ComposedEmail> emails = new ArrayList<>(split.size());
		for (int i = 0; i < split.size(); i++) {
			Part part = new Part(i + 1, split.size(), split.get(i));
			emails.add(new ComposedEmail(part.number(), part.parts(), body.subject(part), body.text(part),
					body.html(part), part.attachments()));
		}
		return List.copyOf(emails);
	}

	/**
	 * The attachment name of a brand's scorecard:
	 * {@code scorecard-<date>-<brand slug>-<phone_number_id>.pdf}, e.g.
	 * {@code scorecard-2026-03-29-optica-vision-100000000000103.pdf}.
	 * @param businessDate the date
	 * @param brand the brand
	 * @return the name, only {@code [a-z0-9.-]}
	 * @throws IllegalArgumentException when the phone_number_id cannot name a file safely
	 */
	public static String scorecardFileName(LocalDate businessDate, Brand brand) {
		return AttachmentNames.scorecard(businessDate, brand);
	}

	/**
	 * The attachment name of a portfolio, e.g. {@code portfolio-2026-03-29.pdf}.
	 * @param businessDate the date
	 * @return the name
	 */
	public static String portfolioFileName(LocalDate businessDate) {
		return AttachmentNames.portfolio(businessDate);
	}

	private static List<Item> items(ManagerDigest digest) {
		List<Item> items = new ArrayList<>();
		if (digest.portfolio() != null) {
			items.add(new Item(new Attachment(portfolioFileName(digest.businessDate()), digest.portfolio()), null,
					size(digest.portfolio())));
		}
		for (Brand brand : digest.brands()) {
			items.add(new Item(new Attachment(scorecardFileName(digest.businessDate(), brand), brand.pdf()), brand,
					size(brand.pdf())));
		}
		return items;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the size of " + file, ex);
		}
	}

	private static List<List<Item>> split(List<Item> items, long maxAttachmentBytes) {
		List<List<Item>> parts = new ArrayList<>();
		List<Item> current = new ArrayList<>();
		long bytes = 0;
		for (Item item : items) {
			if (!current.isEmpty() && bytes + item.size() > maxAttachmentBytes) {
				parts.add(current);
				current = new ArrayList<>();
				bytes = 0;
			}
			current.add(item);
			bytes += item.size();
		}
		// a manager without any file still gets the summary
		if (!current.isEmpty() || parts.isEmpty()) {
			parts.add(current);
		}
		return parts;
	}

	/**
	 * One e-mail of a manager's day.
	 *
	 * @param part which e-mail, from 1
	 * @param parts how many e-mails the day takes
	 * @param subject the subject
	 * @param text the plain text body
	 * @param html the HTML body, the alternative to the text
	 * @param attachments the files to attach, in order
	 */
	public record ComposedEmail(int part, int parts, String subject, String text, String html,
			List<Attachment> attachments) {

		public ComposedEmail {
			attachments = List.copyOf(attachments);
		}

	}

	/**
	 * A file to attach.
	 *
	 * @param fileName the name the recipient sees, only {@code [a-z0-9.-]}
	 * @param file the file
	 */
	public record Attachment(String fileName, Path file) {

	}

	/**
	 * A file to attach with the brand it is the scorecard of.
	 *
	 * @param attachment the file
	 * @param brand the brand, {@code null} for the portfolio
	 * @param size the file's size in bytes
	 */
	record Item(Attachment attachment, Brand brand, long size) {

	}

	/**
	 * The files of one e-mail of a manager's day.
	 *
	 * @param number which e-mail, from 1
	 * @param parts how many e-mails the day takes
	 * @param items the files to attach, in order
	 */
	record Part(int number, int parts, List<Item> items) {

		List<Attachment> attachments() {
			return this.items.stream().map(Item::attachment).toList();
		}

		List<Brand> brands() {
			return this.items.stream().map(Item::brand).filter(Objects::nonNull).toList();
		}

		boolean hasPortfolio() {
			return this.items.stream().anyMatch((item) -> item.brand() == null);
		}

	}

}
