package io.wascorecards.delivery;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.wascorecards.delivery.EmailComposer.Part;
import io.wascorecards.delivery.ManagerDigest.Brand;
import io.wascorecards.report.StatusColours;

/**
 * Writes the subject and the plain text and HTML bodies of the e-mails of a manager's
 * day: the same summary of the day in every part, then that part's brands and files. The
 * bodies are the templates {@code templates/mail/scorecards.txt} and
 * {@code scorecards.html}; every word in them comes from {@link EmailTexts}.
 */
final class EmailBody {

	/**
	 * The HTML shows a control character as a space: the template escapes markup but
	 * passes control characters through.
	 */
	private static final UnaryOperator<String> HTML = (value) -> (value != null) ? value.codePoints()
		.map((c) -> Character.isISOControl(c) ? ' ' : c)
		.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
		.toString() : null;

	private final EmailTexts texts;

	private final String subject;

	private final String greeting;

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
		this.texts = texts;
		String date = DateTimeFormatter.ofPattern(texts.format("date.pattern"), texts.locale())
			.format(digest.businessDate());
		int brands = digest.brands().size();
		int red = count(digest, "RED");
		int yellow = count(digest, "YELLOW");
		int alerts = digest.brands().stream().mapToInt(Brand::alerts).sum();
		this.subject = texts.format("subject",
				Map.of("date", date, "brands", brands, "red", red, "yellow", yellow, "alerts", alerts));
		String name = EmailTexts.clean(digest.managerName()).strip();
		this.greeting = name.isEmpty() ? texts.format("greeting.anonymous")
				: texts.format("greeting", Map.of("name", name));
		this.intro = texts.format("intro", Map.of("date", date));
		this.summary = texts.format("summary",
				Map.of("brands", brands, "red", red, "yellow", yellow, "alerts", alerts));
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
		String worstName = EmailTexts.clean(worstBrand.brandName());
		String status = texts.status(worstBrand.status());
		this.worst = worstBrand.score().isEmpty()
				? texts.format("worst.noScore", Map.of("brand", worstName, "status", status)) : texts.format("worst",
						Map.of("brand", worstName, "status", status, "score", EmailTexts.clean(worstBrand.score())));
		this.worstIssue = worstBrand.topIssue().isEmpty() ? null
				: texts.format("worst.issue", Map.of("issue", EmailTexts.clean(worstBrand.topIssue())));
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
		return (part.parts() > 1) ? this.texts.format("subject.part",
				Map.of("subject", this.subject, "part", part.number(), "parts", part.parts())) : this.subject;
	}

	/**
	 * The plain text body of one e-mail.
	 * @param part the e-mail
	 * @return the body
	 */
	String text(Part part) {
		List<Row> brands = part.brands()
			.stream()
			.map((brand) -> new Row(EmailTexts.clean(brand.brandName()), EmailTexts.clean(brand.score()),
					this.texts.status(brand.status()), EmailTexts.clean(brand.topIssue()), null, null))
			.toList();
		return MailTemplates.render("scorecards.txt", this.texts.locale(),
				variables(part, brands, UnaryOperator.identity()));
	}

	/**
	 * The HTML body of one e-mail, the alternative to its plain text.
	 * @param part the e-mail
	 * @return the body
	 */
	String html(Part part) {
		List<Row> brands = part.brands().stream().map(this::htmlRow).toList();
		Map<String, Object> variables = variables(part, brands, HTML);
		variables.put("lang", this.texts.locale().getLanguage());
		variables.put("subject", HTML.apply(subject(part)));
		variables.put("headings",
				Map.of("brand", this.texts.format("table.brand"), "score", this.texts.format("table.score"), "status",
						this.texts.format("table.status"), "issue", this.texts.format("table.issue")));
		return MailTemplates.render("scorecards.html", this.texts.locale(), variables);
	}

	private Row htmlRow(Brand brand) {
		StatusColours colours = StatusColours.of(brand.status());
		String score = brand.score().isEmpty() ? this.texts.format("score.none") : brand.score();
		return new Row(HTML.apply(brand.brandName()), HTML.apply(score), HTML.apply(this.texts.status(brand.status())),
				HTML.apply(brand.topIssue()), colours.fill(), colours.onFill());
	}

	/** What both bodies say, each value made safe for the body by {@code safe}. */
	private Map<String, Object> variables(Part part, List<Row> brands, UnaryOperator<String> safe) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("greeting", safe.apply(this.greeting));
		variables.put("intro", safe.apply(this.intro));
		variables.put("summary", safe.apply(this.summary));
		variables.put("worst", safe.apply(this.worst));
		variables.put("worstIssue", safe.apply(this.worstIssue));
		variables.put("brands", brands);
		variables.put("attached", safe.apply(attached(part)));
		variables.put("partNote", (part.parts() > 1)
				? safe.apply(this.texts.format("part", Map.of("part", part.number(), "parts", part.parts()))) : null);
		variables.put("footer", safe.apply(this.texts.format("footer")));
		return variables;
	}

	private String attached(Part part) {
		if (part.brands().isEmpty()) {
			return part.hasPortfolio() ? this.texts.format("attached.portfolioOnly") : null;
		}
		return this.texts.format(part.hasPortfolio() ? "attached.portfolio" : "attached.scorecards");
	}

	/**
	 * One brand's line of the e-mail, its values ready for the body it is in.
	 *
	 * @param name the brand's name
	 * @param score its score; empty without one in the text, a dash in the HTML
	 * @param status its status as the scorecards name it
	 * @param issue its top issue, may be empty
	 * @param colour the HTML label's colour
	 * @param ink the HTML label's text colour
	 */
	record Row(String name, String score, String status, String issue, String colour, String ink) {
	}

}
