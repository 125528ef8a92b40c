package io.wascorecards.delivery;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Thymeleaf templates of the e-mails' bodies, {@code templates/mail/*.html} (HTML,
 * escaped) and {@code templates/mail/*.txt} (plain text, as is). The engine is the
 * package's own, not a web view resolver: the commands that send e-mails are not web
 * applications. Thread-safe; the templates are parsed once.
 */
final class MailTemplates {

	private static final ITemplateEngine ENGINE = engine();

	private MailTemplates() {
	}

	private static ITemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
		resolver.setPrefix("templates/mail/");
		resolver.setCharacterEncoding("UTF-8");
		resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
		resolver.setTextTemplateModePatterns(Set.of("*.txt"));
		resolver.setCheckExistence(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	/**
	 * Renders a template.
	 * @param template its name under {@code templates/mail/}, e.g.
	 * {@code scorecards.html}
	 * @param locale the language it is written in
	 * @param variables what the template reads
	 * @return the rendered text
	 */
	static String render(String template, Locale locale, Map<String, Object> variables) {
		return ENGINE.process(template, new Context(locale, variables));
	}

}
