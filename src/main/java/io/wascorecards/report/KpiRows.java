package io.wascorecards.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wascorecards.scorecard.StoredKpi;
import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.ScoringMessages;
import io.wascorecards.scoring.ScoringSettings;
import io.wascorecards.scoring.Trend;

/**
 * The rows of a scorecard's KPI table: each KPI's day and window values as the reader
 * writes numbers, its target, status and the arrow against the previous window, coloured
 * by whether the move is good for that KPI.
 */
final class KpiRows {

	private final ScoringMessages messages;

	private final Locale locale;

	KpiRows(ScoringMessages messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	List<Map<String, ?>> rows(Map<Kpi, StoredKpi> kpis, ScoringSettings settings) {
		// grouped by area for the table's headings, in SPEC order within each
		return kpis.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<Kpi, StoredKpi> entry) -> entry.getKey().area()))
			.<Map<String, ?>>map((entry) -> row(entry.getKey(), entry.getValue(), settings))
			.toList();
	}

	private Map<String, ?> row(Kpi kpi, StoredKpi stored, ScoringSettings settings) {
		return Map.of("area", this.messages.label(kpi.area(), this.locale), "label",
				this.messages.label(kpi, this.locale), "dayValue", this.messages.value(kpi, stored.day(), this.locale),
				"value", this.messages.value(kpi, stored.value(), this.locale), "target",
				this.messages.target(kpi, settings.limits(kpi), this.locale), "status", stored.status().name(),
				"statusLabel", this.messages.label(stored.status(), this.locale), "trend", arrow(stored.trend()),
				"trendTone", tone(kpi, stored.trend()));
	}

	static String arrow(Trend trend) {
		return switch (trend) {
			case UP -> "▲";
			case DOWN -> "▼";
			case SAME -> "▬";
			case NONE -> "";
		};
	}

	/**
	 * Whether a move is good news: up is better for the rates to reach and the rating,
	 * worse for the failures, signals, links and sanctions to keep low.
	 */
	static String tone(Kpi kpi, Trend trend) {
		if (trend == Trend.SAME || trend == Trend.NONE) {
			return "neutral";
		}
		return ((trend == Trend.UP) == kpi.rule().higherIsBetter()) ? "good" : "bad";
	}

}
