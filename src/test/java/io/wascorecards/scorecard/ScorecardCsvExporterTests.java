package io.wascorecards.scorecard;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.wascorecards.DatabaseTest;
import io.wascorecards.kpi.KpiScenario;
import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.Recommendation;
import io.wascorecards.scoring.ScoringMessages;
import io.wascorecards.scoring.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code export-scorecards} prints for stored scorecards, with hand-computed rows. W
 * is 2026-03-10 in UTC; the connections have no traffic, so only
 * {@code foreign_whatsapp_refs}, {@code sanctions} and {@code phone_quality} have data.
 */
@DatabaseTest
class ScorecardCsvExporterTests {

	private static final LocalDate DAY = LocalDate.parse("2026-03-10");

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ScorecardCsvExporter exporter;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
	}

	@Test
	void phoneQualityValueIsTheRatingAndAQualityFlagMakesOnlyItsStatusRed() {
		// given: three numbers rated YELLOW, YELLOW and never; Meta flags the first and
		// the
		// third during W
		long flagged = this.scenario.connection("100000000000001", "200000000000001", "5215500000001", "Uno", "UTC");
		long yellow = this.scenario.connection("100000000000002", "200000000000002", "5215500000002", "Dos", "UTC");
		this.scenario.connection("100000000000003", "200000000000003", "5215500000003", "Tres", "UTC");
		this.scenario.quality(flagged, "2026-03-09T12:00:00Z", "YELLOW");
		this.scenario.quality(yellow, "2026-03-09T12:00:00Z", "YELLOW");
		flag("200000000000001", "5215500000001");
		flag("200000000000003", "5215500000003");

		// when
		this.scenario.run(DAY.toString(), "2026-03-12T12:00:00Z");

		// then: brand 100 (no foreign links); consistency: sanctions GREEN 100 and
		// quality RED 0 → 50, so (0.15·100 + 0.30·50) / 0.45 = 66.7, RED by the quality;
		// not flagged: quality YELLOW 50 → 75, (15 + 22.5) / 0.45 = 83.3, YELLOW
		String noTraffic = ",,NO_DATA,,NO_DATA,,NO_DATA,,NO_DATA,,NO_DATA,0,GREEN,,NO_DATA,,NO_DATA,0,GREEN,";
		assertThat(export().lines().skip(1)).containsExactly(
				"100000000000001,2026-03-10,false,66.7,RED" + noTraffic + "YELLOW,RED,,NO_DATA,,NO_DATA,,100.0,50.0,",
				"100000000000002,2026-03-10,false,83.3,YELLOW" + noTraffic
						+ "YELLOW,YELLOW,,NO_DATA,,NO_DATA,,100.0,75.0,",
				"100000000000003,2026-03-10,false,66.7,RED" + noTraffic + ",RED,,NO_DATA,,NO_DATA,,100.0,50.0,");
		// and the recommendation names the real rating
		List<Recommendation> recommendations = ScorecardJson.readRecommendations(this.jdbc.queryForObject(
				"SELECT recommendations FROM scorecard WHERE connection_id = ? AND business_date = ?", String.class,
				flagged, DAY));
		assertThat(recommendations).singleElement().satisfies((recommendation) -> {
			assertThat(recommendation.kpi()).isEqualTo(Kpi.PHONE_QUALITY);
			assertThat(recommendation.status()).isEqualTo(Status.RED);
			assertThat(new ScoringMessages().render(recommendation, Locale.ENGLISH).finding()).isEqualTo(
					"Phone quality is rated YELLOW (medium): Meta flagged or downgraded the number once in the last 7 days.");
		});
	}

	private void flag(String wabaId, String displayPhoneNumber) {
		this.scenario.event("2026-03-10T15:00:00Z", wabaId, "phone_number_quality_update", """
				{"display_phone_number":"%s","event":"FLAGGED","current_limit":"TIER_10K"}"""
			.formatted(displayPhoneNumber));
	}

	private String export() {
		StringWriter out = new StringWriter();
		this.exporter.export(DAY, out);
		return out.toString();
	}

}
