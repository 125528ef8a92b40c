package io.wascorecards.delivery;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wascorecards.delivery.EmailComposer.ComposedEmail;
import io.wascorecards.delivery.ManagerDigest.Brand;
import io.wascorecards.scoring.TextSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bodies of an e-mail as its reader gets them, to the byte, against the golden files
 * in {@code src/test/resources/delivery/}. After a deliberate change to a template or a
 * text, look at the e-mail, then rewrite them with {@code -Dgolden.update=true}.
 */
class EmailBodyTests {

	private static final Path GOLDEN = Path.of("src/test/resources/delivery");

	@TempDir
	Path folder;

	@Test
	void theSecondOfThreeEmailsIsTheGoldenOne() throws Exception {
		List<Brand> brands = List.of(brand("Café Niño", "100000000000201", "NO_DATA", "", ""),
				brand("Tienda <b>&</b> \"Óptica\"", "100000000000202", "RED", "41.5",
						"Template \"promo\" isn't <i>approved</i>"),
				brand("Panadería Sol", "100000000000203", "YELLOW", "", "Slow first answer"),
				brand("Farmacia Vida", "100000000000204", "GREEN", "88.5", ""));
		Path portfolio = Files.write(this.folder.resolve("portfolio.pdf"), new byte[400]);
		ManagerDigest digest = new ManagerDigest(7, "O'Brien <admin>", "ana@bsp.example", Locale.ENGLISH,
				LocalDate.parse("2026-03-29"), brands, portfolio);

		// two files of 400 bytes fit in 1000: portfolio and Café, Tienda and Panadería,
		// Farmacia
		List<ComposedEmail> emails = new EmailComposer(new TextSource()).compose(digest, 1000);

		assertThat(emails).hasSize(3);
		assertThat(emails.get(1).html()).isEqualTo(golden("scorecards-2-of-3.html", emails.get(1).html()));
		assertThat(emails.get(1).text()).isEqualTo(golden("scorecards-2-of-3.txt", emails.get(1).text()));
	}

	@Test
	void theSharpChangesOfTheDayAreCountedInTheSubjectAndTheSummary() throws Exception {
		List<Brand> brands = List.of(brand("Café Niño", "100000000000201", "RED", "41.5", "", 2),
				brand("Panadería Sol", "100000000000203", "GREEN", "90.0", "", 1),
				brand("Farmacia Vida", "100000000000204", "GREEN", "88.5", "", 0));
		ManagerDigest digest = new ManagerDigest(7, "Ana", "ana@bsp.example", Locale.forLanguageTag("es"),
				LocalDate.parse("2026-03-29"), brands, null);

		ComposedEmail email = new EmailComposer(new TextSource()).compose(digest, 10_000_000).get(0);

		assertThat(email.subject()).isEqualTo(
				"Scorecards de WhatsApp del 29 de marzo de 2026: 3 marcas, 1 en rojo, 0 en amarillo, 3 cambios bruscos");
		assertThat(email.text()).contains("3 marcas en su cartera: 1 en rojo, 0 en amarillo. "
				+ "3 cambios bruscos hoy frente a los días habituales de las marcas.");
		ManagerDigest calm = new ManagerDigest(7, "Ana", "ana@bsp.example", Locale.ENGLISH,
				LocalDate.parse("2026-03-29"),
				List.of(brand("Farmacia Vida", "100000000000204", "GREEN", "88.5", "", 0)), null);
		assertThat(new EmailComposer(new TextSource()).compose(calm, 10_000_000).get(0).subject())
			.endsWith("0 red, 0 yellow");
	}

	private Brand brand(String name, String phoneNumberId, String status, String score, String topIssue)
			throws Exception {
		return brand(name, phoneNumberId, status, score, topIssue, 0);
	}

	private Brand brand(String name, String phoneNumberId, String status, String score, String topIssue, int alerts)
			throws Exception {
		Path pdf = Files.write(this.folder.resolve(phoneNumberId + ".pdf"), new byte[400]);
		return new Brand(name, phoneNumberId, status, score, topIssue, alerts, pdf);
	}

	private static String golden(String name, String actual) throws Exception {
		Path golden = GOLDEN.resolve(name);
		if (Boolean.getBoolean("golden.update")) {
			Files.writeString(golden, actual, StandardCharsets.UTF_8);
		}
		return Files.readString(golden, StandardCharsets.UTF_8);
	}

}
