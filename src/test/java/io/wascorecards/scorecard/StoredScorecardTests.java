package io.wascorecards.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.wascorecards.DatabaseTest;
import io.wascorecards.kpi.KpiScenario;
import io.wascorecards.report.BrandDay;
import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.KpiValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * What the scoring step stores: numbers as JSON numbers, the rating as text, the
 * recommendations' facts by name; read back into the record they were written from.
 */
@DatabaseTest
class StoredScorecardTests {

	private static final LocalDate DAY = LocalDate.parse("2026-03-10");

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private JdbcTemplate jdbc;

	private long connection;

	@BeforeEach
	void scoreABrandsDay() {
		this.scenario.reset();
		// 21 of 58 interactions answered: response rate 0.3621; 10 signals for 600
		// messages: 16.67 per 1,000; no human requests: no data
		this.connection = new BrandDay(this.scenario, this.jdbc).brand("100000000000201", "200000000000201",
				"5215512340001", "Northwind Opticians", "en", DAY);
		this.scenario.quality(this.connection, "2026-03-09T12:00:00Z", "YELLOW");
		this.scenario.run(DAY.toString(), "2026-03-14T00:00:00Z");
	}

	@Test
	void numbersAreStoredAsJsonNumbersAndTheRatingAsText() {
		Map<String, Object> stored = this.jdbc.queryForMap("""
				SELECT jsonb_typeof(kpis -> 'response_rate' -> 'value') AS rate,
				       kpis -> 'response_rate' -> 'value' #>> '{}' AS rate_value,
				       jsonb_typeof(kpis -> 'optout_per_1000' -> 'day') AS per_1000,
				       kpis -> 'optout_per_1000' -> 'day' #>> '{}' AS per_1000_value,
				       jsonb_typeof(kpis -> 'sanctions' -> 'value') AS count,
				       jsonb_typeof(kpis -> 'phone_quality' -> 'value') AS rating,
				       kpis -> 'phone_quality' ->> 'value' AS rating_value,
				       jsonb_typeof(kpis -> 'human_fulfilment_rate' -> 'value') AS no_data,
				       recommendations -> 0 ->> 'kpi' AS first,
				       jsonb_typeof(recommendations -> 0 -> 'facts' -> 'total') AS total,
				       recommendations -> 0 -> 'facts' ->> 'hours' AS hours,
				       recommendations -> 0 -> 'arguments' IS NOT NULL AS positional
				FROM scorecard WHERE connection_id = ? AND business_date = ?""", this.connection, DAY);
		assertThat(stored).containsOnly(entry("rate", "number"), entry("rate_value", "0.3621"),
				entry("per_1000", "number"), entry("per_1000_value", "16.67"), entry("count", "number"),
				entry("rating", "string"), entry("rating_value", "YELLOW"), entry("no_data", "null"),
				entry("first", "response_rate"), entry("total", "number"), entry("hours", "24"),
				entry("positional", false));
	}

	@Test
	void aStoredScorecardReadsBackIntoItsRecord() {
		StoredScorecard scorecard = this.jdbc.queryForObject(
				"SELECT * FROM scorecard WHERE connection_id = ? AND business_date = ?",
				(row, i) -> StoredScorecard.read(row), this.connection, DAY);
		assertThat(scorecard.kpis()).containsOnlyKeys(Kpi.values());
		assertThat(scorecard.kpis().get(Kpi.RESPONSE_RATE).value())
			.isEqualTo(KpiValue.number(new BigDecimal("0.3621")));
		assertThat(scorecard.kpis().get(Kpi.PHONE_QUALITY).value()).isEqualTo(KpiValue.rating("YELLOW"));
		assertThat(scorecard.kpis().get(Kpi.HUMAN_FULFILMENT_RATE).value()).isNull();
		assertThat(scorecard.recommendations().get(0).facts().missed()).isEqualTo(37L);
		assertThat(scorecard.topIssue()).hasValue(new StoredScorecard.TopIssue(Kpi.RESPONSE_RATE,
				KpiValue.number(new BigDecimal("0.3621")), new BigDecimal("0.90")));
	}

}
