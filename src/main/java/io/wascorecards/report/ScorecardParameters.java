package io.wascorecards.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import io.wascorecards.scorecard.StoredScorecard;
import io.wascorecards.scoring.Area;
import io.wascorecards.scoring.KpiValue;
import io.wascorecards.scoring.Recommendation;
import io.wascorecards.scoring.RenderedRecommendation;
import io.wascorecards.scoring.Scorer;
import io.wascorecards.scoring.ScoringMessages;
import io.wascorecards.scoring.ScoringSettings;
import io.wascorecards.scoring.Status;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parameters of {@code reports/scorecard.jrxml} for one scorecard, in the
 * connection's language. Customers appear only as counts: nothing read here names one.
 */
final class ScorecardParameters {

	/**
	 * The time-to-first-answer buckets of the distribution chart, by their upper ends.
	 */
	private static final List<String> RESPONSE_BUCKETS = List.of("< 1 min", "1–5 min", "5–15 min", "15–60 min", "1–4 h",
			"> 4 h");

	/** The consistency events listed at most; the rest are counted in a note. */
	private static final int MAX_EVENTS = 10;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReportTexts texts;

	private final Duration answerWindow;

	private final PurposeSection purposeSection;

	private final TrendChart trendChart;

	ScorecardParameters(ReportTexts texts, Duration answerWindow) {
		this.texts = texts;
		this.answerWindow = answerWindow;
		this.purposeSection = new PurposeSection(texts);
		this.trendChart = new TrendChart(texts);
	}

	Map<String, Object> of(ScorecardReportRow row, ScoringSettings settings) {
		Locale locale = ReportTexts.locale(row.language());
		ScoringMessages messages = this.texts.scoring();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(JRParameter.REPORT_LOCALE, locale);
		parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, this.texts.labels(locale));
		parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(ZoneOffset.UTC));
		parameters.put("brandName", row.brandName());
		parameters.put("displayPhoneNumber", "+" + row.displayPhoneNumber());
		parameters.put("businessDate", ReportTexts.dates(locale, FormatStyle.LONG).format(row.businessDate()));
		parameters.put("timeZone", row.zone().getId());
		parameters.put("generatedAt", ReportTexts.dateTimes(locale).format(row.asOf().atZone(row.zone())));
		StoredScorecard scorecard = row.scorecard();
		parameters.put("provisional", scorecard.provisional());
		parameters.put("provisionalNote", provisionalNote(row, locale));
		parameters.put("alerts", alertsNote(scorecard, locale));
		parameters.put("score", ReportTexts.score(scorecard.score(), locale));
		parameters.put("status", scorecard.status().name());
		parameters.put("statusLabel", messages.label(scorecard.status(), locale));
		List<Map<String, ?>> areas = new ArrayList<>();
		for (Area area : Area.values()) {
			BigDecimal score = scorecard.areaScores().get(area);
			Status status = Scorer.scoreStatus(score, settings);
			areas.add(Map.of("label", messages.label(area, locale), "score", ReportTexts.score(score, locale), "status",
					status.name(), "statusLabel", messages.label(status, locale)));
		}
		parameters.put("areas", data(areas));
		parameters.put("kpis", data(new KpiRows(messages, locale).rows(scorecard.kpis(), settings)));
		parameters.put("recommendations", data(recommendations(scorecard, locale)));
		parameters.putAll(this.trendChart.parameters(row, locale));
		parameters.put("responseTimes", data(responseTimes(row)));
		List<Map<String, ?>> errorCodes = errorCodes(row, locale);
		parameters.put("errorCodes", data(errorCodes));
		parameters.put("errorCodesEmpty", errorCodes.isEmpty());
		List<Map<String, ?>> events = events(row, locale);
		List<Map<String, ?>> notes = notes(row, events.size(), locale);
		parameters.put("events", data(events.subList(0, Math.min(MAX_EVENTS, events.size()))));
		parameters.put("eventsEmpty", events.isEmpty());
		parameters.putAll(this.purposeSection.parameters(row, locale));
		parameters.put("notes", data(notes));
		parameters.put("notesEmpty", notes.isEmpty());
		return parameters;
	}

	/**
	 * The document title in the PDF's metadata.
	 * @param row the scorecard
	 * @return e.g. {@code Óptica Visión — 2026-03-29}
	 */
	String title(ScorecardReportRow row) {
		return row.brandName() + " — " + this.texts.text(ReportTexts.locale(row.language()), "scorecard.title") + " "
				+ row.businessDate();
	}

	/** The day's sharp changes, one line each; {@code null} without any. */
	private String alertsNote(StoredScorecard scorecard, Locale locale) {
		List<String> lines = scorecard.alerts()
			.stream()
			.map((alert) -> this.texts.text(locale, "scorecard.alert",
					Map.of("kpi", this.texts.scoring().label(alert.kpi(), locale), "value",
							this.texts.scoring().value(alert.kpi(), KpiValue.number(alert.value()), locale), "median",
							this.texts.scoring().value(alert.kpi(), KpiValue.number(alert.median()), locale))))
			.toList();
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	private String provisionalNote(ScorecardReportRow row, Locale locale) {
		if (!row.scorecard().provisional() || row.windowEnd() == null) {
			return "";
		}
		return this.texts.text(locale, "note.provisional", Map.of("time",
				ReportTexts.dateTimes(locale).format(row.windowEnd().plus(this.answerWindow).atZone(row.zone()))));
	}

	/** The recommendation cards, each with its steps as a list (one bullet each). */
	private List<Map<String, ?>> recommendations(StoredScorecard scorecard, Locale locale) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (Recommendation recommendation : scorecard.recommendations()) {
			RenderedRecommendation rendered = this.texts.scoring().render(recommendation, locale);
			rows.add(Map.of("title", rendered.title(), "status", recommendation.status().name(), "statusLabel",
					rendered.status(), "finding", rendered.finding(), "why", rendered.why(), "steps",
					rendered.steps()));
		}
		return rows;
	}

	private static List<Map<String, ?>> responseTimes(ScorecardReportRow row) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (int i = 0; i < RESPONSE_BUCKETS.size(); i++) {
			rows.add(Map.of("bucket", RESPONSE_BUCKETS.get(i), "count", Math.toIntExact(row.firstResponses()[i])));
		}
		return rows;
	}

	private List<Map<String, ?>> errorCodes(ScorecardReportRow row, Locale locale) {
		List<Map<String, ?>> rows = new ArrayList<>();
		if (row.failureCodes() != null) {
			JSON.readTree(row.failureCodes()).properties().forEach((code) -> {
				int count = code.getValue().asInt();
				String share = ReportTexts.share(count, BigDecimal.valueOf(row.failedMessages()), locale);
				rows.add(Map.of("code", code.getKey(), "meaning", this.texts.errorMeaning(locale, code.getKey()),
						"count", count, "share", share));
			});
		}
		return rows;
	}

	private List<Map<String, ?>> events(ScorecardReportRow row, Locale locale) {
		List<Map<String, ?>> rows = new ArrayList<>();
		if (row.events() != null) {
			DateTimeFormatter days = ReportTexts.dates(locale, FormatStyle.MEDIUM);
			for (JsonNode event : JSON.readTree(row.events())) {
				rows.add(Map.of("day", days.format(LocalDate.parse(event.get("day").asString())), "event",
						this.texts.text(locale, "event." + event.get("event").asString()), "count",
						event.get("count").asInt()));
			}
		}
		return rows;
	}

	private List<Map<String, ?>> notes(ScorecardReportRow row, int events, Locale locale) {
		List<String> notes = new ArrayList<>();
		if (row.setAside() > 0) {
			notes.add(this.texts.text(locale, "note.set_aside", Map.of("count", row.setAside())));
		}
		if (row.unlinkedStatuses() > 0) {
			notes.add(this.texts.text(locale, "note.unlinked", Map.of("count", row.unlinkedStatuses())));
		}
		List<String> noData = row.scorecard()
			.kpis()
			.entrySet()
			.stream()
			.filter((kpi) -> kpi.getValue().status() == Status.NO_DATA)
			.map((kpi) -> this.texts.scoring().label(kpi.getKey(), locale))
			.toList();
		if (!noData.isEmpty()) {
			notes.add(this.texts.text(locale, "note.no_data",
					Map.of("kpis", String.join(", ", noData), "days", row.windowDays())));
		}
		if (events > MAX_EVENTS) {
			notes.add(this.texts.text(locale, "note.more_events", Map.of("listed", MAX_EVENTS, "events", events)));
		}
		return notes.stream().<Map<String, ?>>map((note) -> Map.of("note", note)).toList();
	}

	static JRMapCollectionDataSource data(List<? extends Map<String, ?>> rows) {
		@SuppressWarnings("unchecked")
		List<Map<String, ?>> maps = (List<Map<String, ?>>) rows;
		return new JRMapCollectionDataSource(maps);
	}

}
