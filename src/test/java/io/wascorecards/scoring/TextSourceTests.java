package io.wascorecards.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.context.NoSuchMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every bundle of the application's texts: the same keys and the same argument names in
 * every language, quotes written the one way, and a text that is missing or lacks an
 * argument fails instead of printing something.
 */
class TextSourceTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*([^,}\\s]+)");

	private static final Locale ES = Locale.forLanguageTag("es");

	private static final TextSource texts = new TextSource();

	@ParameterizedTest
	@FieldSource("io.wascorecards.scoring.TextSource#BASENAMES")
	void everyLanguageHasTheSameKeysWithTheSameArguments(String basename) throws IOException {
		Properties english = bundle(basename + ".properties");
		for (String language : new String[] { "_es", "_pt" }) {
			Properties translation = bundle(basename + language + ".properties");
			assertThat(translation.stringPropertyNames()).as(basename + language)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			for (String key : english.stringPropertyNames()) {
				assertThat(arguments(translation.getProperty(key))).as(basename + language + " " + key)
					.isEqualTo(arguments(english.getProperty(key)));
			}
		}
	}

	@ParameterizedTest
	@FieldSource("io.wascorecards.scoring.TextSource#BASENAMES")
	void everyArgumentIsNamedAndEveryQuoteWrittenTwice(String basename) throws IOException {
		for (String language : new String[] { "", "_es", "_pt" }) {
			Properties bundle = bundle(basename + language + ".properties");
			for (String key : bundle.stringPropertyNames()) {
				String text = bundle.getProperty(key);
				assertThat(arguments(text)).as(basename + language + " " + key)
					.allSatisfy((name) -> assertThat(name).matches("[A-Za-z]\\w*"));
				// a single quote would start a quoted part and vanish from the text
				assertThat(text.replace("''", "")).as(basename + language + " " + key).doesNotContain("'");
			}
		}
	}

	@Test
	void argumentsAreGivenByName() {
		assertThat(texts.getMessage("note.no_data",
				TextSource.arguments(Map.of("kpis", "Response rate, Phone quality", "days", 7, "unused", 1)),
				Locale.ENGLISH))
			.isEqualTo("No data in the last 7 days for: Response rate, Phone quality.");
		assertThat(texts.getMessage("note.set_aside", TextSource.arguments(Map.of("count", 1234)), ES))
			.endsWith(": 1.234.");
		assertThat(texts.getMessage("scorecard.responseTimes.subtitle", null, Locale.ENGLISH))
			.isEqualTo("Customer conversations by the time they waited for the brand's first reply.");
	}

	@Test
	void aMissingTextFailsInsteadOfPrintingItsKey() {
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> texts.getMessage("report.no_such_text", null, Locale.ENGLISH));
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> texts.getMessage("report.no_such_text", null, Locale.FRENCH));
	}

	@Test
	void aMissingArgumentFailsInsteadOfPrintingThePlaceholder() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> texts.getMessage("note.no_data", TextSource.arguments(Map.of("days", 7)), ES))
			.withMessageContaining("{kpis}");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> texts.getMessage("note.set_aside", new Object[] { 12 }, Locale.ENGLISH))
			.withMessageContaining("[count]");
		assertThatIllegalArgumentException().isThrownBy(() -> texts.getMessage("note.set_aside", null, ES));
	}

	private static Set<String> arguments(String text) {
		Set<String> names = new TreeSet<>();
		ARGUMENT.matcher(text).results().forEach((name) -> names.add(name.group(1)));
		return names;
	}

	private static Properties bundle(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TextSourceTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
