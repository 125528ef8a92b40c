package io.wascorecards.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.wascorecards.DatabaseTest;
import io.wascorecards.kpi.KpiScenario;
import io.wascorecards.scorecard.ScorecardJson;
import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.Recommendation;
import io.wascorecards.scoring.ScoringMessages;
import io.wascorecards.scoring.TextSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF scorecards and portfolios the job writes, read back with PDFBox.
 */
@DatabaseTest
class ScorecardPdfTests {

	private static final LocalDate DATE = LocalDate.parse("2026-03-10");

	private static final String AS_OF = "2026-03-14T00:00:00Z";

	private static final String PHONE = "100000000000103";

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private JdbcTemplate jdbc;

	private BrandDay brandDay;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		this.brandDay = new BrandDay(this.scenario, this.jdbc);
	}

	@Test
	void scorecardShowsTheBrandEveryKpiAndTheRecommendationsInTheConnectionsLanguage() throws IOException {
		long connection = this.brandDay.brand(PHONE, "200000000000103", "5215512345678", "Óptica Visión Peñalosa", "es",
				DATE);
		this.scenario.run(DATE.toString(), AS_OF);

		Map<String, Object> stored = scorecard(connection);
		Path file = Path.of((String) stored.get("pdf_path"));
		assertThat(file).isEqualTo(Path.of("target/scorecards-out/2026-03-10/" + PHONE + ".pdf").toAbsolutePath());
		assertThat(ReportFiles.sha256(Files.readAllBytes(file))).isEqualTo(stored.get("pdf_sha256"));
		PdfDocument pdf = PdfDocument.read(file);
		Locale spanish = Locale.forLanguageTag("es");
		ScoringMessages messages = new ScoringMessages(new TextSource());
		assertThat(pdf.text()).contains("Óptica Visión Peñalosa", "+5215512345678", "10 de marzo de 2026");
		for (Kpi kpi : Kpi.values()) {
			assertThat(pdf.text()).contains(messages.label(kpi, spanish));
		}
		for (Recommendation recommendation : ScorecardJson
			.readRecommendations((String) stored.get("recommendations"))) {
			String finding = messages.render(recommendation, spanish).finding();
			assertThat(oneLine(pdf.text())).contains(oneLine(finding));
		}
		assertThat(pdf.text()).contains("131026",
				new ReportTexts(new TextSource()).errorMeaning(spanish, "131026").substring(0, 30));
		assertThat(pdf.text()).contains("Plantilla pausada o marcada");
		assertThat(pdf.pages()).isBetween(2, 4);
		assertThat(pdf.fonts()).isNotEmpty().allMatch(PdfDocument.Font::embedded);
		assertThat(pdf.title()).contains("Óptica Visión Peñalosa", "2026-03-10");
	}

	@Test
	void theProfileSectionNamesTheMissingFieldsAndTheTemplatesSentOffPurpose() throws IOException {
		// given: an optician whose profile lacks a website and an e-mail, 25 campaign
		// messages
		// about crypto and 5 about glasses on the day
		long connection = this.scenario.connection(PHONE, "200000000000103", "5215512345678", "Óptica Visión Peñalosa",
				"America/Mexico_City");
		this.scenario.locale(connection, "es");
		this.scenario.profile(connection, "2026-03-01T00:00:00Z", "Óptica Visión Peñalosa",
				"Lentes graduados, gafas de sol y examen visual", "RETAIL", new String[0], null, "Av. Juárez 10",
				"https://cdn.example/logo.png");
		for (int i = 0; i < 30; i++) {
			String body = (i < 25) ? "Invierte en criptomonedas y duplica tu dinero" : "Nuevas gafas de sol con 20%";
			this.scenario.template(connection, "52155" + (10000000 + i), "MARKETING", body,
					"2026-03-10T16:%02d:00Z".formatted(i));
		}

		// when
		this.scenario.run(DATE.toString(), AS_OF);

		// then: 5 of 7 fields; the template of the 25 off-purpose messages, 83.3% of the
		// 30
		String text = oneLine(PdfDocument.read(Path.of((String) scorecard(connection).get("pdf_path"))).text());
		assertThat(text).contains("Perfil de empresa: 5 de 7 campos completos. Faltan: el sitio web, el correo.");
		assertThat(text).containsPattern("tpl_marketing 25 83,3\\s?%");
		// and the recommendations say so in the brand's numbers
		assertThat(text).contains("25 de 30 mensajes iniciados por la empresa",
				"La mayoría salió de estas plantillas: tpl_marketing (25).",
				"El perfil dice que la marca se dedica a: Lentes, graduados, gafas.",
				"Solo 5 de los 7 campos del perfil de WhatsApp Business están completos",
				"Faltan: el sitio web, el correo.");
	}

	@Test
	void noCustomerNumberOrMessageTextReachesAPdf() {
		long connection = this.brandDay.brand(PHONE, "200000000000103", "5215512345678", "Óptica Visión Peñalosa", "es",
				DATE);
		long manager = this.brandDay.manager("ana@bsp.example", "Ana Pérez", null, connection);
		this.scenario.run(DATE.toString(), AS_OF);

		for (Path file : new Path[] { Path.of((String) scorecard(connection).get("pdf_path")), portfolio(manager) }) {
			String text = PdfDocument.read(file).text();
			assertThat(text).doesNotContain(BrandDay.CUSTOMER_PREFIX + "5", BrandDay.CUSTOMER_PREFIX + "6",
					"5215500000000", "astigmatismo", "examen de la vista", "quiero una cita", "le atiende Ana");
		}
	}

	@Test
	void portfolioListsTheManagersBrandsWorstFirstInTheirLanguage() {
		long struggling = this.brandDay.brand(PHONE, "200000000000103", "5215512345678", "Óptica Visión Peñalosa", "es",
				DATE);
		long quiet = this.scenario.connection("100000000000104", "200000000000104", "5215587654321", "Café Niño",
				"America/Mexico_City");
		long others = this.scenario.connection("100000000000105", "200000000000105", "5215500001111",
				"Otra Marca de Otro Gerente", "America/Mexico_City");
		long manager = this.brandDay.manager("joao@bsp.example", "João Araújo", "pt", quiet, struggling);
		this.brandDay.manager("otro@bsp.example", "Otro Gerente", null, others);
		this.scenario.run(DATE.toString(), AS_OF);

		Path file = portfolio(manager);
		assertThat(file)
			.isEqualTo(Path.of("target/scorecards-out/2026-03-10/portfolio-" + manager + ".pdf").toAbsolutePath());
		PdfDocument pdf = PdfDocument.read(file);
		assertThat(pdf.text()).contains("João Araújo", "10 de março de 2026", "2 marcas");
		assertThat(pdf.text().indexOf("Óptica Visión Peñalosa")).isPositive()
			.isLessThan(pdf.text().indexOf("Café Niño"));
		assertThat(pdf.text()).doesNotContain("Otra Marca de Otro Gerente");
		assertThat(pdf.fonts()).allMatch(PdfDocument.Font::embedded);
		assertThat(
				this.jdbc.queryForObject("SELECT brands FROM portfolio WHERE manager_id = ?", Integer.class, manager))
			.isEqualTo(2);
	}

	private Map<String, Object> scorecard(long connectionId) {
		return this.jdbc.queryForMap(
				"SELECT pdf_path, pdf_sha256, recommendations::text AS recommendations FROM scorecard WHERE connection_id = ? AND business_date = ?",
				connectionId, DATE);
	}

	private Path portfolio(long managerId) {
		return Path
			.of(this.jdbc.queryForObject("SELECT pdf_path FROM portfolio WHERE manager_id = ? AND business_date = ?",
					String.class, managerId, DATE));
	}

	/** Text as PDFBox extracts it, wrapped lines joined. */
	static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}

}
