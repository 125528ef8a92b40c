package io.wascorecards.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.wascorecards.scorecard.ScorecardJson;
import io.wascorecards.scorecard.ScorecardJson.StoredKpi;
import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.Recommendation;
import io.wascorecards.scoring.ScoringSettings;
import io.wascorecards.scoring.Status;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The parameters and rows of {@code reports/portfolio.jrxml} for one account manager, in
 * their language: a row per brand, worst first, with its score, status, change against
 * the day before and its most urgent issue.
 */
public final class PortfolioParameters {

	private final ReportTexts texts;

	private final Function<String, ScoringSettings> settings;

	/**
	 * Creates the parameters.
	 * @param texts the texts
	 * @param settings each connection's scoring settings by phone_number_id, for targets
	 */
	public PortfolioParameters(ReportTexts texts, Function<String, ScoringSettings> settings) {
		this.texts = texts;
		this.settings = settings;
	}

	/**
	 * The parameters of one manager's portfolio.
	 * @param rows the manager's brands, worst first
	 * @param businessDate the date
	 * @param generatedAt when
	 * @return the parameters
	 */
	Map<String, Object> of(List<PortfolioRow> rows, LocalDate businessDate, Instant generatedAt) {
		PortfolioRow manager = rows.get(0);
		Locale locale = ReportTexts.locale(manager.language());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(JRParameter.REPORT_LOCALE, locale);
		parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, this.texts.labels(locale));
		parameters.put("managerName", manager.managerName());
		parameters.put("businessDate", ReportTexts.dates(locale, FormatStyle.LONG).format(businessDate));
		parameters.put("generatedAt",
				ReportTexts.dateTimes(locale).format(generatedAt.atZone(ZoneOffset.UTC)) + " UTC");
		parameters.put("summary", summary(rows, locale));
		return parameters;
	}

	/**
	 * The document title in the PDF's metadata.
	 * @param rows the manager's brands
	 * @param businessDate the date
	 * @return e.g. {@code Portfolio summary — Ana Pérez — 2026-03-29}
	 */
	String title(List<PortfolioRow> rows, LocalDate businessDate) {
		Locale locale = ReportTexts.locale(rows.get(0).language());
		return this.texts.labels(locale).getString("portfolio.title") + " — " + rows.get(0).managerName() + " — "
				+ businessDate;
	}

	JRMapCollectionDataSource data(List<PortfolioRow> rows) {
		Locale locale = ReportTexts.locale(rows.get(0).language());
		List<Map<String, ?>> data = new ArrayList<>();
		for (PortfolioRow row : rows) {
			Map<String, Object> item = new HashMap<>();
			item.put("brandName", row.brandName());
			item.put("displayPhoneNumber", "+" + row.displayPhoneNumber());
			item.put("score", ReportTexts.score(row.score(), locale));
			item.put("status", row.status());
			item.put("statusLabel", this.texts.scoring().label(Status.valueOf(row.status()), locale));
			BigDecimal change = (row.score() != null && row.previousScore() != null)
					? row.score().subtract(row.previousScore()) : null;
			item.put("change", change(change, locale));
			item.put("changeTone",
					(change == null || change.signum() == 0) ? "neutral" : (change.signum() > 0) ? "good" : "bad");
			item.put("topIssue", topIssue(row, locale));
			item.put("provisional", Boolean.toString(row.provisional()));
			data.add(item);
		}
		return new JRMapCollectionDataSource(data);
	}

	private String summary(List<PortfolioRow> rows, Locale locale) {
		Map<Status, Integer> counts = new HashMap<>();
		rows.forEach((row) -> counts.merge(Status.valueOf(row.status()), 1, Integer::sum));
		return this.texts.text(locale, (rows.size() == 1) ? "portfolio.summary.one" : "portfolio.summary", rows.size(),
				counts.getOrDefault(Status.RED, 0), counts.getOrDefault(Status.YELLOW, 0),
				counts.getOrDefault(Status.GREEN, 0), counts.getOrDefault(Status.NO_DATA, 0));
	}

	private static String change(BigDecimal change, Locale locale) {
		if (change == null) {
			return "—";
		}
		if (change.signum() == 0) {
			return "=";
		}
		String magnitude = ReportTexts.score(change.abs(), locale);
		return (change.signum() > 0) ? "+" + magnitude : "−" + magnitude;
	}

	/**
	 * A brand's most urgent issue: the first recommendation's KPI with its value and
	 * target.
	 * @param row the brand
	 * @param locale the reader's language
	 * @return e.g. {@code Response rate: 62% (target ≥ 90%)}
	 */
	public String topIssue(PortfolioRow row, Locale locale) {
		if (Status.valueOf(row.status()) == Status.NO_DATA) {
			return this.texts.text(locale, "portfolio.no_data");
		}
		Recommendation top = ScorecardJson.readRecommendations(row.recommendations())
			.stream()
			.filter((recommendation) -> recommendation.kpi() != null)
			.findFirst()
			.orElse(null);
		if (top == null) {
			return this.texts.text(locale, "portfolio.on_track");
		}
		Kpi kpi = top.kpi();
		StoredKpi stored = ScorecardJson.readKpis(row.kpis()).get(kpi);
		String value = new KpiRows(this.texts.scoring(), locale).value(kpi, stored.value());
		String target = this.texts.scoring().target(kpi, this.settings.apply(row.phoneNumberId()).limits(kpi), locale);
		return this.texts.text(locale, "portfolio.top_issue", this.texts.scoring().label(kpi, locale), value, target);
	}

}
