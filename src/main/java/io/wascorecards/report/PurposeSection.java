package io.wascorecards.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.wascorecards.scorecard.StoredKpi;
import io.wascorecards.scoring.Kpi;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scorecard's "business profile and purpose" section: which of the profile's seven
 * fields are missing, and the templates whose messages shared no word with it, with how
 * many of the window's business-initiated touches each sent (SPEC §4b). Templates are the
 * brand's own; customers appear in none of it.
 */
final class PurposeSection {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReportTexts texts;

	PurposeSection(ReportTexts texts) {
		this.texts = texts;
	}

	/**
	 * The section's parameters: {@code profileNote}, {@code offPurpose} rows (template,
	 * count, share), {@code offPurposeEmpty} and {@code offPurposeNote} (what to say
	 * without rows).
	 */
	Map<String, Object> parameters(ScorecardReportRow row, Locale locale) {
		List<Map<String, ?>> templates = templates(row, locale);
		StoredKpi purpose = row.scorecard().kpis().get(Kpi.PURPOSE_MATCH_RATE);
		String note = !templates.isEmpty() ? ""
				: this.texts.text(locale, purpose.status().hasData() ? "purpose.matched" : "purpose.none");
		return Map.of("profileNote", profileNote(row.profileMissing(), locale), "offPurpose",
				new JRMapCollectionDataSource(templates), "offPurposeEmpty", templates.isEmpty(), "offPurposeNote",
				note);
	}

	private String profileNote(List<String> missing, Locale locale) {
		if (missing == null) {
			return this.texts.text(locale, "profile.none");
		}
		if (missing.isEmpty()) {
			return this.texts.text(locale, "profile.complete");
		}
		String fields = missing.stream()
			.map((field) -> this.texts.text(locale, "recommendation.profile_completeness.item." + field))
			.collect(Collectors.joining(", "));
		return this.texts.text(locale, "profile.missing", Map.of("filled", 7 - missing.size(), "fields", fields));
	}

	private List<Map<String, ?>> templates(ScorecardReportRow row, Locale locale) {
		List<Map<String, ?>> rows = new ArrayList<>();
		if (row.offPurposeTemplates() == null) {
			return rows;
		}
		BigDecimal touches = row.scorecard().kpis().get(Kpi.PURPOSE_MATCH_RATE).denominator();
		JSON.readTree(row.offPurposeTemplates()).properties().forEach((template) -> {
			int count = template.getValue().asInt();
			rows.add(Map.of("template", template.getKey().isEmpty() ? "—" : template.getKey(), "count", count, "share",
					ReportTexts.share(count, touches, locale)));
		});
		return rows;
	}

}
