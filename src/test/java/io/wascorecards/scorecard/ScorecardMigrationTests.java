package io.wascorecards.scorecard;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wascorecards.CsvRecords;
import io.wascorecards.DatabaseTest;
import io.wascorecards.db.SqlStatement;
import io.wascorecards.kpi.KpiScenario;
import io.wascorecards.scoring.Recommendation;
import io.wascorecards.scoring.RenderedRecommendation;
import io.wascorecards.scoring.ScoringMessages;
import io.wascorecards.scoring.TextSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code V11__scorecard_numbers.sql} converts the scorecards stored before it. The golden
 * files under {@code src/test/resources/scorecard/} hold six scorecards as the version
 * before V11 stored them ({@code v10-scorecards.json}: every KPI RED with evidence, every
 * KPI YELLOW without, all GREEN, no traffic, a flagged number without a rating, an
 * account sanction; every kind of recommendation), what that version's
 * {@code export-scorecards} printed for them ({@code v10-scorecards.csv}) and its
 * recommendation texts in each language ({@code v10-recommendations.txt}), and the same
 * scorecards as this version stores them ({@code v11-scorecards.json}).
 */
@DatabaseTest
class ScorecardMigrationTests {

	private static final LocalDate DAY = LocalDate.parse("2026-03-10");

	private static final Path GOLDEN = Path.of("src/test/resources/scorecard");

	private static final String MIGRATION = SqlStatement.load("migration/V11__scorecard_numbers.sql");

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ScorecardCsvExporter exporter;

	private List<Long> connections;

	@BeforeEach
	void storeTheScorecardsOfThePreviousVersion() throws IOException {
		this.scenario.reset();
		List<StoredRow> rows = rows("v10-scorecards.json");
		this.connections = new java.util.ArrayList<>();
		for (int i = 1; i <= rows.size(); i++) {
			StoredRow row = rows.get(i - 1);
			long connection = this.scenario.connection("10000000000000" + i, "20000000000000" + i, "521550000000" + i,
					"Brand " + i, "UTC");
			this.connections.add(connection);
			this.jdbc
				.update("""
						INSERT INTO scorecard (connection_id, business_date, as_of, provisional, score, status,
						                       effectiveness_score, brand_score, consistency_score, humanity_score, kpis,
						                       recommendations)
						VALUES (?, ?, '2026-03-12T00:00:00Z', false, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""",
						connection, DAY, row.score(), row.status(), row.areas().get("effectiveness"),
						row.areas().get("brand"), row.areas().get("consistency"), row.areas().get("humanity"),
						row.kpis(), row.recommendations());
		}
	}

	@Test
	void convertedScorecardsAreWhatThisVersionStores() throws IOException {
		// when
		this.jdbc.execute(MIGRATION);

		// then: the same JSON as this version writes (numbers compared as numbers), and
		// converting again changes nothing
		List<StoredRow> expected = rows("v11-scorecards.json");
		for (int twice = 0; twice < 2; twice++) {
			for (int i = 0; i < expected.size(); i++) {
				assertThat(this.jdbc.queryForObject(
						"SELECT kpis = CAST(? AS jsonb) AND recommendations = CAST(? AS jsonb) FROM scorecard WHERE connection_id = ?",
						Boolean.class, expected.get(i).kpis(), expected.get(i).recommendations(),
						this.connections.get(i)))
					.as("scorecard %d", i + 1)
					.isTrue();
			}
			this.jdbc.execute(MIGRATION);
		}
	}

	@Test
	void convertedScorecardsExportAndReadAsBefore() throws IOException {
		// when
		this.jdbc.execute(MIGRATION);

		// then: export-scorecards prints what the previous version printed in its
		// columns,
		// and nothing in the columns added since: a KPI not measured then, no alerts
		StringWriter csv = new StringWriter();
		this.exporter.export(DAY, csv);
		List<List<String>> exported = CsvRecords.parse(csv.toString());
		List<List<String>> before = CsvRecords.parse(golden("v10-scorecards.csv"));
		List<String> header = exported.get(0);
		assertThat(exported).hasSameSizeAs(before);
		for (int row = 0; row < exported.size(); row++) {
			Map<String, String> fields = new LinkedHashMap<>();
			for (int column = 0; column < header.size(); column++) {
				fields.put(header.get(column), exported.get(row).get(column));
			}
			for (int column = 0; column < before.get(0).size(); column++) {
				assertThat(fields.remove(before.get(0).get(column))).as("row %d, %s", row, before.get(0).get(column))
					.isEqualTo(before.get(row).get(column));
			}
			if (row > 0) {
				assertThat(fields).as("row %d, the columns added since", row)
					.hasSize(9)
					.allSatisfy((name, value) -> assertThat(value).isEmpty());
			}
		}
		// and the recommendations read back say what they said, in every language
		StringBuilder texts = new StringBuilder();
		ScoringMessages messages = new ScoringMessages(new TextSource());
		for (long connection : this.connections) {
			StoredScorecard scorecard = this.jdbc.queryForObject(
					"SELECT * FROM scorecard WHERE connection_id = ? AND business_date = ?",
					(row, i) -> StoredScorecard.read(row), connection, DAY);
			for (Recommendation recommendation : scorecard.recommendations()) {
				for (String language : new String[] { "en", "es", "pt" }) {
					RenderedRecommendation text = messages.render(recommendation, Locale.forLanguageTag(language));
					texts
						.append(String.join(" | ", language, text.title(), text.finding(), text.why(),
								text.steps().toString()))
						.append('\n');
				}
			}
		}
		assertThat(texts.toString()).isEqualTo(golden("v10-recommendations.txt"));
	}

	private static List<StoredRow> rows(String golden) throws IOException {
		return JsonMapper.builder().build().readValue(golden(golden), new TypeReference<List<StoredRow>>() {
		});
	}

	private static String golden(String name) throws IOException {
		return Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
	}

	/**
	 * A scorecard row of a golden file: its columns, the JSON ones as text.
	 */
	record StoredRow(java.math.BigDecimal score, String status, Map<String, java.math.BigDecimal> areas, String kpis,
			String recommendations) {
	}

}
