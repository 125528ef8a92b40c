package io.wascorecards.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import io.wascorecards.delivery.ManagerDigest.Brand;

/**
 * Writes the e-mails of a {@link ManagerDigest}: subject, plain text and HTML bodies in
 * the manager's language (texts of {@code messages/email}: English by default, Spanish,
 * Portuguese) and the PDFs to attach, split over several e-mails when they would be too
 * big for one. Stateless and thread-safe.
 */
public class EmailComposer {

	/** The languages the e-mails are written in; any other reads English. */
	private static final List<String> LANGUAGES = List.of("es", "en", "pt");

	// Without fallback the machine's default locale can never choose the language
	private static final ResourceBundle.Control BUNDLES = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private static final String NO_DATA = "NO_DATA";

	private static final Map<String, String> LABEL_COLOURS = Map.of("GREEN", "#1E8E3E", "YELLOW", "#F29900", "RED",
			"#D93025", NO_DATA, "#9AA0A6");

	private static final int SLUG_LENGTH = 40;

	/** What a phone_number_id may be to end a file name: Meta's are digits. */
	private static final Pattern SAFE_ID = Pattern.compile("[0-9A-Za-z_-]{1,64}");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");

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
		Texts texts = Texts.of(digest.locale());
		Day day = Day.of(digest, texts);
		List<List<Item>> split = split(items(digest), maxAttachmentBytes);
		List<ComposedEmail> emails = new ArrayList<>(split.size());
		for (int i = 0; i < split.size(); i++) {
			Part part = new Part(i + 1, split.size(), split.get(i));
			String subject = (part.parts() > 1)
					? texts.format("subject.part", day.subject(), part.number(), part.parts()) : day.subject();
			emails.add(new ComposedEmail(part.number(), part.parts(), subject, text(digest, texts, day, part),
					html(digest, texts, day, part, subject), part.attachments()));
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
		String id = brand.phoneNumberId();
		if (!SAFE_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("phone_number_id '" + CONTROL.matcher(id).replaceAll("?")
					+ "' cannot name a file: only letters, digits, '-' and '_' are allowed");
		}
		// Meta's ids are digits and stay as they are; anything else is made safe all the
		// same
		String safeId = id.toLowerCase(Locale.ROOT).replace('_', '-');
		String slug = slug(brand.brandName());
		return "scorecard-" + businessDate + "-" + (slug.isEmpty() ? "" : slug + "-") + safeId + ".pdf";
	}

	/**
	 * The attachment name of a portfolio, e.g. {@code portfolio-2026-03-29.pdf}.
	 * @param businessDate the date
	 * @return the name
	 */
	public static String portfolioFileName(LocalDate businessDate) {
		return "portfolio-" + businessDate + ".pdf";
	}

	/**
	 * A brand name as a file name can carry it: lower case, without accents, runs of
	 * anything else than letters and digits as one {@code -}, at most 40 characters.
	 * @param name the name
	 * @return the slug, empty when nothing is left (a name in another script)
	 */
	static String slug(String name) {
		String plain = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		String slug = trimDashes(NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-"));
		return (slug.length() > SLUG_LENGTH) ? trimDashes(slug.substring(0, SLUG_LENGTH)) : slug;
	}

	private static String trimDashes(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
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

	private static String text(ManagerDigest digest, Texts texts, Day day, Part part) {
		StringBuilder text = new StringBuilder();
		text.append(greeting(digest, texts)).append("\n\n");
		text.append(day.intro()).append('\n');
		text.append(day.summary()).append('\n');
		if (day.worst() != null) {
			text.append(day.worst()).append('\n');
			if (day.worstIssue() != null) {
				text.append(day.worstIssue()).append('\n');
			}
		}
		if (!part.brands().isEmpty()) {
			text.append('\n');
			for (Brand brand : part.brands()) {
				text.append("- ").append(clean(brand.brandName())).append(": ").append(texts.status(brand.status()));
				if (!brand.score().isEmpty()) {
					text.append(" (").append(clean(brand.score())).append(')');
				}
				if (!brand.topIssue().isEmpty()) {
					text.append(" - ").append(clean(brand.topIssue()));
				}
				text.append('\n');
			}
		}
		String attached = attached(texts, part);
		if (attached != null || part.parts() > 1) {
			text.append('\n');
		}
		if (attached != null) {
			text.append(attached).append('\n');
		}
		if (part.parts() > 1) {
			text.append(texts.format("part", part.number(), part.parts())).append('\n');
		}
		// "-- " is the signature delimiter mail clients recognise
		text.append("\n-- \n").append(texts.format("footer")).append('\n');
		return text.toString();
	}

	private static String html(ManagerDigest digest, Texts texts, Day day, Part part, String subject) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"").append(texts.locale().getLanguage()).append("\">\n<head>\n");
		html.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n");
		html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
		html.append("<title>").append(escape(subject)).append("</title>\n</head>\n");
		// Tables and inline styles only: most mail clients drop <style>, external CSS,
		// images and scripts
		html.append("<body style=\"margin:0;padding:0;background-color:#F1F3F4;\">\n");
		html.append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"")
			.append(" style=\"background-color:#F1F3F4;\">\n<tr><td align=\"center\" style=\"padding:24px 12px;\">\n");
		html.append("<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"")
			.append(" style=\"width:100%;max-width:640px;background-color:#FFFFFF;")
			.append("font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#202124;\">\n");
		html.append("<tr><td style=\"padding:24px;\">\n");
		paragraph(html, greeting(digest, texts), "margin:0 0 16px 0;");
		paragraph(html, day.intro(), "margin:0 0 8px 0;");
		paragraph(html, day.summary(), "margin:0 0 8px 0;font-weight:bold;");
		if (day.worst() != null) {
			html.append("<p style=\"margin:0 0 16px 0;\">").append(escape(day.worst()));
			if (day.worstIssue() != null) {
				html.append("<br>").append(escape(day.worstIssue()));
			}
			html.append("</p>\n");
		}
		if (!part.brands().isEmpty()) {
			brandTable(html, texts, part.brands());
		}
		String attached = attached(texts, part);
		if (attached != null) {
			paragraph(html, attached, "margin:16px 0 0 0;");
		}
		if (part.parts() > 1) {
			paragraph(html, texts.format("part", part.number(), part.parts()), "margin:8px 0 0 0;color:#5F6368;");
		}
		html.append("</td></tr>\n");
		html.append("<tr><td style=\"padding:16px 24px;border-top:1px solid #DADCE0;font-size:12px;line-height:16px;")
			.append("color:#5F6368;\">")
			.append(escape(texts.format("footer")))
			.append("</td></tr>\n");
		html.append("</table>\n</td></tr>\n</table>\n</body>\n</html>\n");
		return html.toString();
	}

	private static void brandTable(StringBuilder html, Texts texts, List<Brand> brands) {
		String cell = "padding:6px 8px;border-bottom:1px solid #E8EAED;vertical-align:top;";
		String heading = "padding:6px 8px;border-bottom:2px solid #DADCE0;font-size:12px;color:#5F6368;";
		// a data table, so without role="presentation": screen readers read its headings
		html.append("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"")
			.append(" style=\"border-collapse:collapse;font-size:13px;line-height:18px;\">\n<tr>");
		html.append("<th align=\"left\" style=\"")
			.append(heading)
			.append("\">")
			.append(escape(texts.format("table.brand")));
		html.append("</th><th align=\"right\" style=\"")
			.append(heading)
			.append("\">")
			.append(escape(texts.format("table.score")));
		html.append("</th><th align=\"left\" style=\"")
			.append(heading)
			.append("\">")
			.append(escape(texts.format("table.status")));
		html.append("</th><th align=\"left\" style=\"")
			.append(heading)
			.append("\">")
			.append(escape(texts.format("table.issue")));
		html.append("</th></tr>\n");
		for (Brand brand : brands) {
			String colour = LABEL_COLOURS.getOrDefault(brand.status(), LABEL_COLOURS.get(NO_DATA));
			// dark text on the yellow label: white on #F29900 is hard to read
			String labelText = "YELLOW".equals(brand.status()) ? "#202124" : "#FFFFFF";
			String score = brand.score().isEmpty() ? texts.format("score.none") : brand.score();
			html.append("<tr><td style=\"").append(cell).append("\">").append(escape(brand.brandName()));
			html.append("</td><td align=\"right\" style=\"").append(cell).append("white-space:nowrap;\">");
			html.append(escape(score));
			html.append("</td><td style=\"").append(cell).append("white-space:nowrap;\">");
			html.append("<span style=\"display:inline-block;padding:2px 8px;border-radius:10px;font-size:12px;")
				.append("font-weight:bold;background-color:")
				.append(colour)
				.append(";color:")
				.append(labelText)
				.append(";\">")
				.append(escape(texts.status(brand.status())))
				.append("</span>");
			html.append("</td><td style=\"").append(cell).append("\">").append(escape(brand.topIssue()));
			html.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private static void paragraph(StringBuilder html, String text, String style) {
		html.append("<p style=\"").append(style).append("\">").append(escape(text)).append("</p>\n");
	}

	private static String greeting(ManagerDigest digest, Texts texts) {
		String name = clean(digest.managerName()).strip();
		return name.isEmpty() ? texts.format("greeting.anonymous") : texts.format("greeting", name);
	}

	private static String attached(Texts texts, Part part) {
		if (part.brands().isEmpty()) {
			return part.hasPortfolio() ? texts.format("attached.portfolioOnly") : null;
		}
		return texts.format(part.hasPortfolio() ? "attached.portfolio" : "attached.scorecards");
	}

	/**
	 * Escapes a text for HTML content and attribute values.
	 * @param text the text
	 * @return the escaped text
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(Character.isISOControl(c) ? ' ' : c);
			}
		}
		return escaped.toString();
	}

	/** A value from the data never breaks a line or a header of the message. */
	private static String clean(String value) {
		return CONTROL.matcher(value).replaceAll(" ");
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

	private record Item(Attachment attachment, Brand brand, long size) {

	}

	private record Part(int number, int parts, List<Item> items) {

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

	/** The texts about the whole day, the same in every part. */
	private record Day(String subject, String intro, String summary, String worst, String worstIssue) {

		static Day of(ManagerDigest digest, Texts texts) {
			String date = DateTimeFormatter.ofPattern(texts.raw("date.pattern"), texts.locale())
				.format(digest.businessDate());
			int brands = digest.brands().size();
			int red = count(digest, "RED");
			int yellow = count(digest, "YELLOW");
			String subject = texts.format("subject", date, brands, red, yellow);
			String intro = texts.format("intro", date);
			String summary = texts.format("summary", brands, red, yellow);
			// the brands come worst first: the first red or yellow one is the worst
			Brand worst = digest.brands()
				.stream()
				.filter((brand) -> "RED".equals(brand.status()) || "YELLOW".equals(brand.status()))
				.findFirst()
				.orElse(null);
			if (worst == null) {
				return new Day(subject, intro, summary, (brands > 0) ? texts.format("allClear") : null, null);
			}
			String name = clean(worst.brandName());
			String status = texts.status(worst.status());
			String worstText = worst.score().isEmpty() ? texts.format("worst.noScore", name, status)
					: texts.format("worst", name, status, clean(worst.score()));
			String issue = worst.topIssue().isEmpty() ? null : texts.format("worst.issue", clean(worst.topIssue()));
			return new Day(subject, intro, summary, worstText, issue);
		}

		private static int count(ManagerDigest digest, String status) {
			return (int) digest.brands().stream().filter((brand) -> status.equals(brand.status())).count();
		}

	}

	/** The texts of {@code messages/email} in one language. */
	private record Texts(ResourceBundle bundle, Locale locale) {

		static Texts of(Locale locale) {
			Locale language = LANGUAGES.contains(locale.getLanguage()) ? locale : Locale.ENGLISH;
			return new Texts(ResourceBundle.getBundle("messages/email", language, BUNDLES), language);
		}

		String raw(String key) {
			return this.bundle.getString(key);
		}

		String format(String key, Object... arguments) {
			// always through MessageFormat, so that '' means ' in every text of the files
			return new MessageFormat(raw(key), this.locale).format(arguments);
		}

		String status(String status) {
			String key = "status." + status;
			return this.bundle.containsKey(key) ? format(key) : clean(status);
		}

	}

}
