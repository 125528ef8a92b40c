package io.wascorecards.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.wascorecards.DatabaseTest;
import io.wascorecards.kpi.KpiScenario;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole text of one scorecard in each language against golden files under
 * {@code src/test/resources/report/}. After a deliberate change to a template or a text,
 * look at the PDFs, then rewrite the golden files with {@code -Dgolden.update=true}.
 */
@DatabaseTest
class ScorecardGoldenTextTests {

	private static final LocalDate DATE = LocalDate.parse("2026-03-10");

	private static final Path GOLDEN = Path.of("src/test/resources/report");

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void scorecardTextInEachLanguage() throws IOException {
		this.scenario.reset();
		BrandDay brandDay = new BrandDay(this.scenario, this.jdbc);
		brandDay.brand("100000000000201", "200000000000201", "5215512340001", "Óptica Visión Peñalosa", "es", DATE);
		brandDay.brand("100000000000202", "200000000000202", "5215512340002", "Northwind Opticians", "en", DATE);
		brandDay.brand("100000000000203", "200000000000203", "5215512340003", "Ótica Visão São João", "pt", DATE);
		this.scenario.run(DATE.toString(), "2026-03-14T00:00:00Z");

		for (String language : new String[] { "es", "en", "pt" }) {
			String phone = "10000000000020" + (language.equals("es") ? 1 : language.equals("en") ? 2 : 3);
			Path pdf = Path.of(this.jdbc.queryForObject("""
					SELECT s.pdf_path FROM scorecard s JOIN wa_connection c ON c.id = s.connection_id
					WHERE c.phone_number_id = ? AND s.business_date = ?""", String.class, phone, DATE));
			String text = PdfDocument.read(pdf).text();
			Path golden = GOLDEN.resolve("scorecard-" + language + ".txt");
			if (Boolean.getBoolean("golden.update")) {
				Files.writeString(golden, text, StandardCharsets.UTF_8);
			}
			assertThat(text).as("text of the %s scorecard", language)
				.isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
		}
	}

}
