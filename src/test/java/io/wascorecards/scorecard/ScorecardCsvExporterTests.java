package io.wascorecards.scorecard;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.wascorecards.CsvRecords;
import io.wascorecards.DatabaseTest;
import io.wascorecards.kpi.KpiScenario;
import io.wascorecards.scoring.Area;
import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.Recommendation;
import io.wascorecards.scoring.ScoringMessages;
import io.wascorecards.scoring.Status;
import io.wascorecards.scoring.TextSource;
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

		// then: brand 100 (no foreign links); consistency: sanctions GREEN 100, no
		// marketing after an opt-out GREEN 100 and quality RED 0 → 66.67, so (0.15·100 +
		// 0.30·66.67) / 0.45 = 77.8, RED by the quality; not flagged: quality YELLOW 50 →
		// 83.33, (15 + 25) / 0.45 = 88.9, GREEN
		String noTraffic = ",,NO_DATA,,NO_DATA,,NO_DATA,,NO_DATA,,NO_DATA,0,GREEN,,NO_DATA,,NO_DATA,0,GREEN,";
		String newKpis = ",NO_DATA,,NO_DATA,,NO_DATA,,NO_DATA,0,GREEN,,NO_DATA,";
		assertThat(export().lines().skip(1)).containsExactly(
				"100000000000001,2026-03-10,false,77.8,RED" + noTraffic + "YELLOW,RED," + newKpis + ",100.0,66.7,,",
				"100000000000002,2026-03-10,false,88.9,GREEN" + noTraffic + "YELLOW,YELLOW," + newKpis
						+ ",100.0,83.3,,",
				"100000000000003,2026-03-10,false,77.8,RED" + noTraffic + ",RED," + newKpis + ",100.0,66.7,,");
		// and the recommendation names the real rating
		List<Recommendation> recommendations = ScorecardJson.readRecommendations(this.jdbc.queryForObject(
				"SELECT recommendations FROM scorecard WHERE connection_id = ? AND business_date = ?", String.class,
				flagged, DAY));
		assertThat(recommendations).singleElement().satisfies((recommendation) -> {
			assertThat(recommendation.kpi()).isEqualTo(Kpi.PHONE_QUALITY);
			assertThat(recommendation.status()).isEqualTo(Status.RED);
			assertThat(new ScoringMessages(new TextSource()).render(recommendation, Locale.ENGLISH).finding())
				.isEqualTo(
						"Phone quality is rated YELLOW (medium): Meta flagged or downgraded the number once in the last 7 days.");
		});
	}

	@Test
	void aStoredValueWithACommaAQuoteAndALineBreakIsQuoted() {
		// given: a scorecard stored by hand (the job stores only numbers and ratings as
		// values), provisional, with one KPI and two areas; the other KPIs are not stored
		String value = "YELLOW, \"medium\"\nsee the BSP's note";
		long connection = this.scenario.connection("100000000000001", "200000000000001", "5215500000001", "Uno", "UTC");
		this.jdbc.update("""
				INSERT INTO scorecard (connection_id, business_date, as_of, provisional, score, status,
				                       effectiveness_score, consistency_score, kpis, recommendations)
				VALUES (?, ?, now(), true, 70.25, 'YELLOW', 100, 40.449999,
				        jsonb_build_object('phone_quality', jsonb_build_object('value', ?::text, 'status', 'YELLOW')),
				        '[]')""", connection, DAY, value);

		// when
		List<List<String>> records = CsvRecords.parse(export());

		// then: the header of SPEC §6 (the KPIs in the order of Kpi), then one record
		// whose value comes back whole
		List<String> header = List.of(("phone_number_id,business_date,provisional,score,status,"
				+ "response_rate_value,response_rate_status,answered_within_15m_rate_value,answered_within_15m_rate_status,"
				+ "outbound_reply_rate_value,outbound_reply_rate_status,delivery_failure_rate_value,delivery_failure_rate_status,"
				+ "external_link_rate_value,external_link_rate_status,foreign_whatsapp_refs_value,foreign_whatsapp_refs_status,"
				+ "brand_identification_rate_value,brand_identification_rate_status,optout_per_1000_value,optout_per_1000_status,"
				+ "sanctions_value,sanctions_status,phone_quality_value,phone_quality_status,"
				+ "human_fulfilment_rate_value,human_fulfilment_rate_status,human_involvement_rate_value,human_involvement_rate_status,"
				+ "purpose_match_rate_value,purpose_match_rate_status,complaint_rate_value,complaint_rate_status,"
				+ "marketing_after_optout_value,marketing_after_optout_status,profile_completeness_value,profile_completeness_status,"
				+ "effectiveness_score,brand_score,consistency_score,humanity_score,alerts")
			.split(","));
		assertThat(header.subList(5, header.size() - Area.values().length - 1)).isEqualTo(Arrays.stream(Kpi.values())
			.flatMap((kpi) -> Stream.of(kpi.key() + "_value", kpi.key() + "_status"))
			.toList());
		assertThat(records).hasSize(2);
		assertThat(records.get(0)).isEqualTo(header);
		List<String> expected = new ArrayList<>(Collections.nCopies(header.size(), ""));
		expected.set(0, "100000000000001");
		expected.set(1, "2026-03-10");
		expected.set(2, "true");
		expected.set(3, "70.3");
		expected.set(4, "YELLOW");
		expected.set(header.indexOf("phone_quality_value"), value);
		expected.set(header.indexOf("phone_quality_status"), "YELLOW");
		expected.set(header.indexOf("effectiveness_score"), "100.0");
		expected.set(header.indexOf("consistency_score"), "40.4");
		assertThat(records.get(1)).isEqualTo(expected);
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
