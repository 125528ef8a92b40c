package io.wascorecards.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.KpiSums;
import io.wascorecards.scoring.Ratio;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scorecard's chart of the main rates day by day over the last {@link #DAYS} days,
 * each day's rate computed by its {@link Kpi}'s formula from that day's counters.
 */
final class TrendChart {

	/** The days of the chart, the business date included. */
	static final int DAYS = 28;

	/** The rates charted, in the legend's order. */
	private static final List<Kpi> SERIES = List.of(Kpi.RESPONSE_RATE, Kpi.OUTBOUND_REPLY_RATE,
			Kpi.DELIVERY_FAILURE_RATE);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReportTexts texts;

	TrendChart(ReportTexts texts) {
		this.texts = texts;
	}

	/**
	 * The chart's parameters: its title, the note shown without data and its points.
	 * @param row the scorecard
	 * @param locale the reader's language
	 * @return the parameters
	 */
	Map<String, Object> parameters(ScorecardReportRow row, Locale locale) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("trendTitle", this.texts.text(locale, "scorecard.trend.title", Map.of("days", DAYS)));
		parameters.put("trendEmptyNote", this.texts.text(locale, "scorecard.trend.empty", Map.of("days", DAYS)));
		parameters.put("trend", ScorecardParameters.data(points(row, locale)));
		return parameters;
	}

	/** The rates as percentages; a day without data or denominator is a gap. */
	private List<Map<String, ?>> points(ScorecardReportRow row, Locale locale) {
		Map<LocalDate, KpiSums> byDay = new HashMap<>();
		if (row.dailyCounters() != null) {
			for (JsonNode day : JSON.readTree(row.dailyCounters())) {
				byDay.put(LocalDate.parse(day.get("day").asString()), sums(day.get("counters")));
			}
		}
		List<Map<String, ?>> points = new ArrayList<>();
		for (Kpi kpi : SERIES) {
			String label = this.texts.scoring().label(kpi, locale);
			for (LocalDate day = row.businessDate().minusDays(DAYS - 1); !day.isAfter(row.businessDate()); day = day
				.plusDays(1)) {
				KpiSums sums = byDay.get(day);
				Ratio rate = (sums != null) ? kpi.read(sums, 0) : null;
				Map<String, Object> point = new HashMap<>();
				point.put("series", label);
				point.put("day", Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
				point.put("value", (rate != null) ? rate.toBigDecimal().doubleValue() * 100 : null);
				points.add(point);
			}
		}
		return points;
	}

	/**
	 * A day's counters ({@code daily_kpi} columns, as {@code scorecard_report.sql} writes
	 * them) as the sums of a one-day window; a column it does not give is 0.
	 */
	private static KpiSums sums(JsonNode counters) {
		return KpiSums.of((column) -> {
			JsonNode value = counters.get(column);
			return (value != null && value.isNumber()) ? value.numberValue() : null;
		});
	}

}
