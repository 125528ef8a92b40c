package io.wascorecards.kpi;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import io.wascorecards.CsvRecords;
import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code export-kpis} prints, read back with an RFC 4180 reader. The only text the
 * export carries besides ids and dates is {@code latest_quality_rating}: the BSP's
 * {@code wa_quality_snapshot.quality_rating}, which nothing restricts to Meta's ratings.
 */
@DatabaseTest
class DailyKpiCsvExporterTests {

	private static final LocalDate DAY = LocalDate.parse("2026-03-10");

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private DailyKpiCsvExporter exporter;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
	}

	@Test
	void aQualityRatingWithACommaAQuoteAndALineBreakIsQuoted() {
		// given: one number whose polled rating is free text, one never rated
		String rating = "YELLOW, \"medium\"\nsee the BSP's note";
		long odd = this.scenario.connection("100000000000001", "200000000000001", "5215500000001", "Uno", "UTC");
		this.scenario.connection("100000000000002", "200000000000002", "5215500000002", "Dos", "UTC");
		this.scenario.quality(odd, "2026-03-09T12:00:00Z", rating);

		// when
		this.scenario.run(DAY.toString(), "2026-03-12T12:00:00Z");
		StringWriter out = new StringWriter();
		int rows = this.exporter.export(DAY, out);

		// then: the rating comes back whole, in its own field (the §4b KPIs follow it:
		// nothing to count, no profile); every record has the header's fields
		String csv = out.toString();
		assertThat(csv).contains(",\"YELLOW, \"\"medium\"\"\nsee the BSP's note\",0,");
		List<List<String>> records = CsvRecords.parse(csv);
		assertThat(rows).isEqualTo(2);
		assertThat(String.join(",", records.get(0)))
			.isEqualTo("phone_number_id,business_date," + String.join(",", DailyKpiColumns.NAMES));
		assertThat(records).hasSize(3).allSatisfy((record) -> assertThat(record).hasSize(46));
		int ratingField = 2 + DailyKpiColumns.NAMES.indexOf("latest_quality_rating");
		assertThat(records.get(1).subList(0, ratingField + 1)).startsWith("100000000000001", "2026-03-10", "0")
			.endsWith("0", rating);
		assertThat(records.get(2).subList(0, ratingField + 1)).startsWith("100000000000002", "2026-03-10", "0")
			.endsWith("0", "UNKNOWN");
		assertThat(records.subList(1, 3)).allSatisfy((record) -> assertThat(record.subList(ratingField + 1, 46))
			.containsExactly("0", "0", "0", "0", "0", "0", "0", ""));
	}

}
