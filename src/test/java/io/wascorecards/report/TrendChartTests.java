package io.wascorecards.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wascorecards.scorecard.StoredScorecard;
import io.wascorecards.scoring.Status;
import io.wascorecards.scoring.TextSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecard's daily trend: each day's rates computed by the KPIs' formulas from that
 * day's counters, a gap where a day has no row or no denominator.
 */
class TrendChartTests {

	private static final LocalDate DATE = LocalDate.parse("2026-03-10");

	@Test
	void eachDaysRatesAreTheKpisFormulasOverThatDaysCounters() {
		String counters = """
				[{"day":"2026-03-09","counters":{"interactions":10,"interactions_answered":6,"interactions_pending":2,
				  "bi_touches":0,"bi_touches_replied":0,"bi_touches_pending":0,"outbound_messages":50,"outbound_failed":1}},
				 {"day":"2026-03-10","counters":{"interactions":4,"interactions_answered":1,"interactions_pending":0,
				  "bi_touches":8,"bi_touches_replied":2,"bi_touches_pending":4,"outbound_messages":0,"outbound_failed":0}}]""";

		Map<String, Object> parameters = new TrendChart(new ReportTexts(new TextSource())).parameters(row(counters),
				Locale.ENGLISH);

		assertThat(parameters.get("trendTitle")).isEqualTo("Daily trend (last 28 days)");
		List<Map<String, ?>> points = new ArrayList<>(((JRMapCollectionDataSource) parameters.get("trend")).getData());
		assertThat(points).hasSize(3 * TrendChart.DAYS);
		// response 6 / (10 − 2) and 1 / 4; reply: no denominator, then 2 / (8 − 4);
		// failure 1 / 50, then none
		assertThat(values(points, "Response rate")).containsExactly(75.0, 25.0);
		assertThat(values(points, "Outbound reply rate")).containsExactly(null, 50.0);
		assertThat(values(points, "Delivery failure rate")).containsExactly(2.0, null);
		// a day without a row is a gap
		assertThat(points.get(0).get("day")).isEqualTo(Date.from(Instant.parse("2026-02-11T00:00:00Z")));
		assertThat(points.get(0).get("value")).isNull();
	}

	/** The values of a series' last two days. */
	private static List<Object> values(List<Map<String, ?>> points, String series) {
		List<Object> values = points.stream()
			.filter((point) -> series.equals(point.get("series")))
			.<Object>map((point) -> point.get("value"))
			.toList();
		return new ArrayList<>(values.subList(values.size() - 2, values.size()));
	}

	private static ScorecardReportRow row(String dailyCounters) {
		StoredScorecard scorecard = new StoredScorecard(false, new BigDecimal("100"), Status.GREEN, Map.of(), Map.of(),
				List.of(), List.of());
		return new ScorecardReportRow(1, "100000000000201", "5215512340001", "Northwind Opticians", ZoneId.of("UTC"),
				"en", DATE, Instant.parse("2026-03-14T00:00:00Z"), scorecard, 7, 30, 0, 0, null, dailyCounters,
				new long[6], 0, null, null, null, null);
	}

}
