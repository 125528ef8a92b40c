package io.wascorecards.delivery;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import io.wascorecards.delivery.EmailComposer.Attachment;
import io.wascorecards.delivery.EmailComposer.ComposedEmail;
import io.wascorecards.delivery.ManagerDigest.Brand;
import io.wascorecards.scoring.TextSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmailComposerTests {

	private static final LocalDate DATE = LocalDate.parse("2026-03-29");

	private static final long NO_LIMIT = 10_000_000;

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@TempDir
	Path folder;

	private final EmailComposer composer = new EmailComposer(new TextSource());

	@Test
	void englishSubjectAndBodySummariseTheDay() throws Exception {
		ComposedEmail email = single(digest(Locale.ENGLISH, fiveBrands()));
		assertThat(email.part()).isEqualTo(1);
		assertThat(email.parts()).isEqualTo(1);
		assertThat(email.subject()).isEqualTo("WhatsApp scorecards 29 Mar 2026: 5 brands, 2 red, 1 yellow");
		assertThat(email.text()).startsWith("Hello Ana María,\n\n")
			.contains("Here are your WhatsApp scorecards for 29 Mar 2026.\n")
			.contains("5 brands in your portfolio: 2 red, 1 yellow.\n")
			.contains("Needs attention first: Óptica Visión (Red, score 41.5).\nTop issue: Too many messages failed\n")
			.contains("- Óptica Visión: Red (41.5) - Too many messages failed\n")
			.contains("- Café Niño: No data\n")
			.contains("Your portfolio summary and the scorecards of the brands above are attached as PDF files.")
			.contains("-- \nSent automatically by wa-scorecards")
			.doesNotContain("This is e-mail");
		assertThat(email.html()).contains("<html lang=\"en\">")
			.contains("Hello Ana María,")
			.contains("5 brands in your portfolio: 2 red, 1 yellow.")
			.contains("Needs attention first: Óptica Visión (Red, score 41.5).")
			.contains("<th align=\"left\"", ">Brand</th>", ">Score</th>", ">Status</th>", ">Top issue</th>")
			.contains("background-color:#D93025;color:#FFFFFF;\">Red</span>")
			.contains("background-color:#F29900;color:#202124;\">Yellow</span>")
			.contains("background-color:#1E8E3E;color:#FFFFFF;\">Green</span>")
			.contains("background-color:#9AA0A6;color:#FFFFFF;\">No data</span>")
			.contains("Sent automatically by wa-scorecards");
	}

	@Test
	void spanishSubjectAndBodyAreWrittenInSpanish() throws Exception {
		ComposedEmail email = single(digest(Locale.forLanguageTag("es-CO"), fiveBrands()));
		assertThat(email.subject())
			.isEqualTo("Scorecards de WhatsApp del 29 de marzo de 2026: 5 marcas, 2 en rojo, 1 en amarillo");
		assertThat(email.text()).startsWith("Hola, Ana María:\n\n")
			.contains("Estos son sus scorecards de WhatsApp del 29 de marzo de 2026.\n")
			.contains("5 marcas en su cartera: 2 en rojo, 1 en amarillo.\n")
			.contains("Requiere atención primero: Óptica Visión (Rojo, puntaje 41.5).\n")
			.contains("- Café Niño: Sin datos\n")
			.contains("Adjuntamos en PDF el resumen de su cartera y los scorecards de las marcas de arriba.")
			.contains("Enviado automáticamente por wa-scorecards. Responda a su equipo del BSP, no a esta dirección.");
		assertThat(email.html()).contains("<html lang=\"es\">", ">Marca</th>", ">Puntaje</th>", ">Amarillo</span>");
	}

	@Test
	void portugueseSubjectAndBodyAreWrittenInPortuguese() throws Exception {
		ComposedEmail email = single(digest(Locale.forLanguageTag("pt-BR"), fiveBrands()));
		assertThat(email.subject())
			.isEqualTo("Scorecards do WhatsApp de 29 de março de 2026: 5 marcas, 2 em vermelho, 1 em amarelo");
		assertThat(email.text()).startsWith("Olá, Ana María,\n\n")
			.contains("5 marcas na sua carteira: 2 em vermelho, 1 em amarelo.\n")
			.contains("Precisa de atenção primeiro: Óptica Visión (Vermelho, pontuação 41.5).\n")
			.contains("Principal problema: Too many messages failed\n")
			.contains("Enviado automaticamente pelo wa-scorecards. Responda à sua equipe do BSP, não a este endereço.");
		assertThat(email.html()).contains("<html lang=\"pt\">", ">Pontuação</th>", ">Vermelho</span>");
	}

	@Test
	void anyOtherLanguageReadsEnglishWhateverTheMachinesLocale() throws Exception {
		Locale machine = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("es-AR"));
		try {
			ComposedEmail email = single(digest(Locale.FRENCH, fiveBrands()));
			assertThat(email.subject()).isEqualTo("WhatsApp scorecards 29 Mar 2026: 5 brands, 2 red, 1 yellow");
		}
		finally {
			Locale.setDefault(machine);
		}
	}

	@Test
	void oneBrandIsSingularAndAllGreenSaysSo() throws Exception {
		ComposedEmail email = single(digest(Locale.ENGLISH, List.of(brand("Solo", "1", "GREEN", "90.0", ""))));
		assertThat(email.subject()).isEqualTo("WhatsApp scorecards 29 Mar 2026: 1 brand, 0 red, 0 yellow");
		assertThat(email.text()).contains("1 brand in your portfolio: 0 red, 0 yellow.\nNo brand is red or yellow.\n")
			.doesNotContain("Needs attention");
	}

	@Test
	void theWorstBrandIsTheFirstRedOrYellowOne() throws Exception {
		List<Brand> brands = List.of(brand("Sin Datos", "1", "NO_DATA", "", ""),
				brand("Amarilla", "2", "YELLOW", "", ""), brand("Roja", "3", "RED", "30.0", "x"));
		ComposedEmail email = single(digest(Locale.ENGLISH, brands));
		assertThat(email.text()).contains("Needs attention first: Amarilla (Yellow).\n").doesNotContain("Top issue:");
	}

	@Test
	void attachmentsAreNamedSafelyAfterTheBrandAndConnection() throws Exception {
		List<Brand> brands = List.of(brand("Óptica Visión", "100000000000103", "RED", "41.5", ""),
				brand("  ¡Ñandú & Cía. — São Paulo!  ", "100000000000104", "GREEN", "90.0", ""),
				brand("Una marca con un nombre realmente muy, muy largo de verdad", "100000000000105", "GREEN", "", ""),
				brand("東京", "100000000000106", "GREEN", "", ""));
		ComposedEmail email = single(digest(Locale.ENGLISH, brands));
		assertThat(email.attachments()).extracting(Attachment::fileName)
			.containsExactly("portfolio-2026-03-29.pdf", "scorecard-2026-03-29-optica-vision-100000000000103.pdf",
					"scorecard-2026-03-29-nandu-cia-sao-paulo-100000000000104.pdf",
					"scorecard-2026-03-29-una-marca-con-un-nombre-realmente-muy-mu-100000000000105.pdf",
					"scorecard-2026-03-29-100000000000106.pdf")
			.allMatch((name) -> name.matches("[a-z0-9.-]+"));
		assertThat(email.attachments()).extracting(Attachment::file)
			.containsExactly(this.folder.resolve("portfolio.pdf"), this.folder.resolve("100000000000103.pdf"),
					this.folder.resolve("100000000000104.pdf"), this.folder.resolve("100000000000105.pdf"),
					this.folder.resolve("100000000000106.pdf"));
		assertThat(AttachmentNames.slug("-a--b-")).isEqualTo("a-b");
	}

	@Test
	void aConnectionIdThatCannotNameAFileIsRefused() throws Exception {
		Brand brand = brand("Marca", "../x", "GREEN", "", "");
		assertThatIllegalArgumentException().isThrownBy(() -> EmailComposer.scorecardFileName(DATE, brand))
			.withMessageContaining("cannot name a file");
	}

	@Test
	void attachmentsAreSplitBySizeInOrderWithThePortfolioFirst() throws Exception {
		List<Brand> brands = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			brands.add(brand("Brand " + i, "10" + i, (i <= 2) ? "RED" : "GREEN", "5" + i + ".0", ""));
		}
		List<ComposedEmail> emails = this.composer.compose(digest(Locale.ENGLISH, brands), 1000);
		assertThat(emails).hasSize(3);
		assertThat(emails).extracting(ComposedEmail::part).containsExactly(1, 2, 3);
		assertThat(emails).extracting(ComposedEmail::parts).containsOnly(3);
		assertThat(emails.get(0).attachments()).extracting(Attachment::fileName)
			.containsExactly("portfolio-2026-03-29.pdf", "scorecard-2026-03-29-brand-1-101.pdf");
		assertThat(emails.get(1).attachments()).extracting(Attachment::fileName)
			.containsExactly("scorecard-2026-03-29-brand-2-102.pdf", "scorecard-2026-03-29-brand-3-103.pdf");
		assertThat(emails.get(2).attachments()).extracting(Attachment::fileName)
			.containsExactly("scorecard-2026-03-29-brand-4-104.pdf", "scorecard-2026-03-29-brand-5-105.pdf");
		assertThat(emails).extracting(ComposedEmail::subject)
			.containsExactly("WhatsApp scorecards 29 Mar 2026: 5 brands, 2 red, 0 yellow (part 1 of 3)",
					"WhatsApp scorecards 29 Mar 2026: 5 brands, 2 red, 0 yellow (part 2 of 3)",
					"WhatsApp scorecards 29 Mar 2026: 5 brands, 2 red, 0 yellow (part 3 of 3)");
		// every part summarises the whole day but lists only its own brands
		ComposedEmail second = emails.get(1);
		assertThat(second.text()).contains("5 brands in your portfolio: 2 red, 0 yellow.")
			.contains("Needs attention first: Brand 1 (Red, score 51.0).")
			.contains("- Brand 2: Red (52.0)\n- Brand 3: Green (53.0)\n")
			.doesNotContain("- Brand 1:")
			.doesNotContain("- Brand 4:")
			.contains("The scorecards of the brands above are attached as PDF files.")
			.contains("This is e-mail 2 of 3: the PDFs were split over 3 e-mails so that none is too big.");
		assertThat(second.html()).contains(">Brand 2</td>", ">Brand 3</td>").doesNotContain(">Brand 4</td>");
		assertThat(emails.get(0).text()).contains("Your portfolio summary and the scorecards");
	}

	@Test
	void aFileBiggerThanTheLimitGoesAlone() throws Exception {
		List<Brand> brands = List.of(brand("Big", "1", "RED", "10.0", ""), brand("Small", "2", "GREEN", "", ""),
				brand("Tiny", "3", "GREEN", "", ""));
		Files.write(this.folder.resolve("portfolio.pdf"), new byte[100]);
		Files.write(this.folder.resolve("1.pdf"), new byte[2000]);
		Files.write(this.folder.resolve("2.pdf"), new byte[100]);
		Files.write(this.folder.resolve("3.pdf"), new byte[100]);
		List<ComposedEmail> emails = this.composer.compose(digestWithoutWritingFiles(Locale.ENGLISH, brands), 1000);
		assertThat(emails).extracting((email) -> email.attachments().stream().map(Attachment::fileName).toList())
			.containsExactly(List.of("portfolio-2026-03-29.pdf"), List.of("scorecard-2026-03-29-big-1.pdf"),
					List.of("scorecard-2026-03-29-small-2.pdf", "scorecard-2026-03-29-tiny-3.pdf"));
		assertThat(emails.get(0).text()).contains("Your portfolio summary is attached as a PDF file.")
			.doesNotContain("- Big:");
		assertThat(emails.get(0).html()).doesNotContain(">Brand</th>");
	}

	@Test
	void everyValueIsEscapedInTheHtml() throws Exception {
		Brand brand = brand("Tom & Jerry <b>", "1", "RED", "12.0", "Template \"promo\" isn't <i>approved</i>");
		file("1.pdf", 10);
		ComposedEmail email = single(new ManagerDigest(7, "O'Brien <admin>", "ana@bsp.example", Locale.ENGLISH, DATE,
				List.of(brand), file("portfolio.pdf", 10)));
		assertThat(email.html()).contains("Tom &amp; Jerry &lt;b&gt;")
			.contains("Template &quot;promo&quot; isn&#39;t &lt;i&gt;approved&lt;/i&gt;")
			.contains("Hello O&#39;Brien &lt;admin&gt;,")
			.doesNotContain("Jerry <b>", "<i>", "<admin>", "<script", "<img", "<link", "<style", "http://", "https://");
		assertThat(email.text()).contains("Tom & Jerry <b>");
	}

	@Test
	void theMimeMessageRoundTripsThroughAnEmlFile() throws Exception {
		ManagerDigest digest = digest(Locale.forLanguageTag("es"), fiveBrands());
		ComposedEmail email = single(digest);
		Session session = Session.getInstance(new Properties());
		String messageId = "<2026-03-29.7.1of1@wa-scorecards.bsp.example>";
		MimeMessage message = MimeMessages.toMime(email, "wa-scorecards <noreply@bsp.example>",
				"ana.maria@cliente.example", messageId, session);
		Path eml = this.folder.resolve("out/2026-03-29-7-1.eml");
		MimeMessages.writeEml(message, eml);
		try (var files = Files.list(eml.getParent())) {
			assertThat(files).containsExactly(eml);
		}
		MimeMessage read;
		try (InputStream in = Files.newInputStream(eml)) {
			read = new MimeMessage(session, in);
		}
		assertThat(read.getMessageID()).isEqualTo(messageId);
		assertThat(read.getSubject())
			.isEqualTo("Scorecards de WhatsApp del 29 de marzo de 2026: 5 marcas, 2 en rojo, 1 en amarillo");
		assertThat(read.getHeader("Subject")[0]).matches("[\\x20-\\x7E\\s]+");
		assertThat(read.getSentDate()).isNotNull();
		assertThat(read.getFrom()[0].toString()).isEqualTo("wa-scorecards <noreply@bsp.example>");
		assertThat(read.getAllRecipients()[0].toString()).isEqualTo("ana.maria@cliente.example");
		assertThat(read.isMimeType("multipart/mixed")).isTrue();
		Multipart mixed = (Multipart) read.getContent();
		assertThat(mixed.getCount()).isEqualTo(1 + email.attachments().size());
		BodyPart body = mixed.getBodyPart(0);
		assertThat(body.isMimeType("multipart/alternative")).isTrue();
		Multipart alternative = (Multipart) body.getContent();
		assertThat(alternative.getCount()).isEqualTo(2);
		assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
		assertThat(alternative.getBodyPart(0).getContentType()).containsIgnoringCase("charset=UTF-8");
		assertThat(normalise((String) alternative.getBodyPart(0).getContent())).isEqualTo(email.text());
		assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
		assertThat(normalise((String) alternative.getBodyPart(1).getContent())).isEqualTo(email.html());
		for (int i = 0; i < email.attachments().size(); i++) {
			Attachment attachment = email.attachments().get(i);
			BodyPart part = mixed.getBodyPart(i + 1);
			assertThat(part.isMimeType("application/pdf")).isTrue();
			assertThat(part.getDisposition()).isEqualTo(Part.ATTACHMENT);
			assertThat(part.getHeader("Content-Transfer-Encoding")).containsExactly("base64");
			assertThat(part.getFileName()).isEqualTo(attachment.fileName());
			try (InputStream in = part.getInputStream()) {
				assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(attachment.file()));
			}
		}
	}

	@Test
	void sendingKeepsTheMessageId() throws Exception {
		ComposedEmail email = single(digest(Locale.forLanguageTag("pt"), fiveBrands()));
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(greenMail.getSmtp().getPort());
		String messageId = "<2026-03-29.7.1of1@wa-scorecards.bsp.example>";
		sender.send(MimeMessages.toMime(email, "noreply@bsp.example", "ana@cliente.example", messageId,
				sender.getSession()));
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getMessageID()).isEqualTo(messageId);
		assertThat(received[0].getSubject()).isEqualTo(email.subject());
	}

	@Test
	void aMessageIdThatCouldBreakTheHeaderIsRefused() throws Exception {
		ComposedEmail email = single(digest(Locale.ENGLISH, fiveBrands()));
		Session session = Session.getInstance(new Properties());
		assertThatIllegalArgumentException().isThrownBy(() -> MimeMessages.toMime(email, "noreply@bsp.example",
				"ana@cliente.example", "<a@b>\r\nBcc: x@y.example", session));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MimeMessages.toMime(email, "noreply@bsp.example", "ana@cliente.example", "a@b", session));
	}

	private ComposedEmail single(ManagerDigest digest) {
		List<ComposedEmail> emails = this.composer.compose(digest, NO_LIMIT);
		assertThat(emails).hasSize(1);
		return emails.get(0);
	}

	private ManagerDigest digest(Locale locale, List<Brand> brands) throws Exception {
		for (Brand brand : brands) {
			Files.write(brand.pdf(), ("%PDF-1.4 " + brand.phoneNumberId() + "\n" + "x".repeat(390)).substring(0, 400)
				.getBytes(StandardCharsets.US_ASCII));
		}
		file("portfolio.pdf", 400);
		return digestWithoutWritingFiles(locale, brands);
	}

	private ManagerDigest digestWithoutWritingFiles(Locale locale, List<Brand> brands) {
		return new ManagerDigest(7, "Ana María", "ana.maria@cliente.example", locale, DATE, brands,
				this.folder.resolve("portfolio.pdf"));
	}

	private Path file(String name, int size) throws Exception {
		byte[] content = new byte[size];
		for (int i = 0; i < size; i++) {
			content[i] = (byte) i;
		}
		return Files.write(this.folder.resolve(name), content);
	}

	private List<Brand> fiveBrands() {
		return List.of(brand("Óptica Visión", "100000000000103", "RED", "41.5", "Too many messages failed"),
				brand("Ferretería El Tornillo", "100000000000104", "RED", "48.0", ""),
				brand("Panadería Sol", "100000000000105", "YELLOW", "66.0", "Slow first answer"),
				brand("Farmacia Vida", "100000000000106", "GREEN", "88.5", ""),
				brand("Café Niño", "100000000000107", "NO_DATA", "", ""));
	}

	private Brand brand(String name, String phoneNumberId, String status, String score, String topIssue) {
		return new Brand(name, phoneNumberId, status, score, topIssue, 0, this.folder.resolve(phoneNumberId + ".pdf"));
	}

	/** Mail is written with CRLF line ends. */
	private static String normalise(String content) {
		return content.replace("\r\n", "\n");
	}

}
