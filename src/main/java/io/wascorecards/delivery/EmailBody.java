package io.wascorecards.delivery;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.wascorecards.delivery.EmailComposer.Part;
import io.wascorecards.delivery.ManagerDigest.Brand;

/**
 * Writes the subject and the plain text and HTML bodies of the e-mails of a manager's
 * day: the same summary of the day in every part, then that part's brands and files.
 */
final class EmailBody {

	private static final String NO_DATA = "NO_DATA";

	private static final Map<String, String> LABEL_COLOURS = Map.of("GREEN", "#1E8E3E", "YELLOW", "#F29900", "RED",
			"#D93025", NO_DATA, "#9AA0A6");

	private final ManagerDigest digest;

	private final EmailTexts texts;

	private final String subject;

	private final String intro;

	private final String summary;

	/** The worst brand, or that none is red or yellow; {@code null} without brands. */
	private final String worst;

	/** The worst brand's top issue, {@code null} without one. */
	private final String worstIssue;

	/**
	 * Writes the texts about the whole day, the same in every part.
	 * @param digest the manager's day
	 * @param texts the texts in the manager's language
	 */
	EmailBody(ManagerDigest digest, EmailTexts texts) {
		this.digest = digest;
		this.texts = texts;
		String date = DateTimeFormatter.ofPattern(texts.raw("date.pattern"), texts.locale())
			.format(digest.businessDate());
		int brands = digest.brands().size();
		int red = count(digest, "RED");
		int yellow = count(digest, "YELLOW");
		this.subject = texts.format("subject", date, brands, red, yellow);
		this.intro = texts.format("intro", date);
		this.summary = texts.format("summary", brands, red, yellow);
		// the brands come worst first: the first red or yellow one is the worst
		Brand worstBrand = digest.brands()
			.stream()
			.filter((brand) -> "RED".equals(brand.status()) || "YELLOW".equals(brand.status()))
			.findFirst()
			.orElse(null);
		if (worstBrand == null) {
			this.worst = (brands > 0) ? texts.format("allClear") : null;
			this.worstIssue = null;
			return;
		}
		String name = EmailTexts.clean(worstBrand.brandName());
		String status = texts.status(worstBrand.status());
		this.worst = worstBrand.score().isEmpty() ? texts.format("worst.noScore", name, status)
				: texts.format("worst", name, status, EmailTexts.clean(worstBrand.score()));
		this.worstIssue = worstBrand.topIssue().isEmpty() ? null
				: texts.format("worst.issue", EmailTexts.clean(worstBrand.topIssue()));
	}

	private static int count(ManagerDigest digest, String status) {
		return (int) digest.brands().stream().filter((brand) -> status.equals(brand.status())).count();
	}

	/**
	 * The subject of one e-mail, which says which part it is when there are several.
	 * @param part the e-mail
	 * @return the subject
	 */
	String subject(Part part) {
		return (part.parts() > 1) ? this.texts.format("subject.part", this.subject, part.number(), part.parts())
				: this.subject;
	}

	/**
	 * The plain text body of one e-mail.
	 * @param part the e-mail
	 * @return the body
	 */
	String text(Part part) {
		StringBuilder text = new StringBuilder();
		text.append(greeting()).append("\n\n");
		text.append(this.intro).append('\n');
		text.append(this.summary).append('\n');
		if (this.worst != null) {
			text.append(this.worst).append('\n');
			if (this.worstIssue != null) {
				text.append(this.worstIssue).append('\n');
			}
		}
		if (!part.brands().isEmpty()) {
			text.append('\n');
			for (Brand brand : part.brands()) {
				text.append("- ")
					.append(EmailTexts.clean(brand.brandName()))
					.append(": ")
					.append(this.texts.status(brand.status()));
				if (!brand.score().isEmpty()) {
					text.append(" (").append(EmailTexts.clean(brand.score())).append(')');
				}
				if (!brand.topIssue().isEmpty()) {
					text.append(" - ").append(EmailTexts.clean(brand.topIssue()));
				}
				text.append('\n');
			}
		}
		String attached = attached(part);
		if (attached != null || part.parts() > 1) {
			text.append('\n');
		}
		if (attached != null) {
			text.append(attached).append('\n');
		}
		if (part.parts() > 1) {
			text.append(this.texts.format("part", part.number(), part.parts())).append('\n');
		}
		// "-- " is the signature delimiter mail clients recognise
		text.append("\n-- \n").append(this.texts.format("footer")).append('\n');
		return text.toString();
	}

	/**
	 * The HTML body of one e-mail, the alternative to its plain text.
	 * @param part the e-mail
	 * @return the body
	 */
	String html(Part part) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"").append(this.texts.locale().getLanguage()).append("\">\n<head>\n");
		html.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n");
		html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
		html.append("<title>").append(escape(subject(part))).append("</title>\n</head>\n");
		// Tables and inline styles only: most mail clients drop <style>, external CSS,
		// images and scripts
		html.append("<body style=\"margin:0;padding:0;background-color:#F1F3F4;\">\n");
		html.append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"")
			.append(" style=\"background-color:#F1F3F4;\">\n<tr><td align=\"center\" style=\"padding:24px 12px;\">\n");
		html.append("<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"")
			.append(" style=\"width:100%;max-width:640px;background-color:#FFFFFF;")
			.append("font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#202124;\">\n");
		html.append("<tr><td style=\"padding:24px;\">\n");
		paragraph(html, greeting(), "margin:0 0 16px 0;");
		paragraph(html, this.intro, "margin:0 0 8px 0;");
		paragraph(html, this.summary, "margin:0 0 8px 0;font-weight:bold;");
		if (this.worst != null) {
			html.append("<p style=\"margin:0 0 16px 0;\">").append(escape(this.worst));
			if (this.worstIssue != null) {
				html.append("<br>").append(escape(this.worstIssue));
			}
			html.append("</p>\n");
		}
		if (!part.brands().isEmpty()) {
			brandTable(html, part.brands());
		}
		String attached = attached(part);
		if (attached != null) {
			paragraph(html, attached, "margin:16px 0 0 0;");
		}
		if (part.parts() > 1) {
			paragraph(html, this.texts.format("part", part.number(), part.parts()), "margin:8px 0 0 0;color:#5F6368;");
		}
		html.append("</td></tr>\n");
		html.append("<tr><td style=\"padding:16px 24px;border-top:1px solid #DADCE0;font-size:12px;line-height:16px;")
			.append("color:#5F6368;\">")
			.append(escape(this.texts.format("footer")))
			.append("</td></tr>\n");
		html.append("</table>\n</td></tr>\n</table>\n</body>\n</html>\n");
		return html.toString();
	}

	private void brandTable(StringBuilder html, List<Brand> brands) {
		String cell = "padding:6px 8px;border-bottom:1px solid #E8EAED;vertical-align:top;";
		String heading = "padding:6px 8px;border-bottom:2px solid #DADCE0;font-size:12px;color:#5F6368;";
		// a data table, so without role="presentation": screen readers read its headings
		html.append("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"")
			.append(" style=\"border-collapse:collapse;font-size:13px;line-height:18px;\">\n<tr>");
		html.append("<th align=\"left\" style=\"")
			.append(heading)
			.append("\">")
			.append(escape(this.texts.format("table.brand")));
		html.append("</th><th align=\"right\" style=\"")
			.append(heading)
			.append("\">")
			.append(escape(this.texts.format("table.score")));
		html.append("</th><th align=\"left\" style=\"")
			.append(heading)
			.append("\">")
			.append(escape(this.texts.format("table.status")));
		html.append("</th><th align=\"left\" style=\"")
			.append(heading)
			.append("\">")
			.append(escape(this.texts.format("table.issue")));
		html.append("</th></tr>\n");
		for (Brand brand : brands) {
			String colour = LABEL_COLOURS.getOrDefault(brand.status(), LABEL_COLOURS.get(NO_DATA));
			// dark text on the yellow label: white on #F29900 is hard to read
			String labelText = "YELLOW".equals(brand.status()) ? "#202124" : "#FFFFFF";
			String score = brand.score().isEmpty() ? this.texts.format("score.none") : brand.score();
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
				.append(escape(this.texts.status(brand.status())))
				.append("</span>");
			html.append("</td><td style=\"").append(cell).append("\">").append(escape(brand.topIssue()));
			html.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private static void paragraph(StringBuilder html, String text, String style) {
		html.append("<p style=\"").append(style).append("\">").append(escape(text)).append("</p>\n");
	}

	private String greeting() {
		String name = EmailTexts.clean(this.digest.managerName()).strip();
		return name.isEmpty() ? this.texts.format("greeting.anonymous") : this.texts.format("greeting", name);
	}

	private String attached(Part part) {
		if (part.brands().isEmpty()) {
			return part.hasPortfolio() ? this.texts.format("attached.portfolioOnly") : null;
		}
		return this.texts.format(part.hasPortfolio() ? "attached.portfolio" : "attached.scorecards");
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

}
