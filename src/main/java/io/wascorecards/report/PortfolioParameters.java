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

import io.wascorecards.scorecard.StoredScorecard;
import io.wascorecards.scoring.Status;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The parameters and rows of {@code reports/portfolio.jrxml} for one account manager, in
 * their language: a row per brand, worst first, with its score, status, change against
 * the day before and its most urgent issue.
 */
final class PortfolioParameters {

	private final ReportTexts texts;

	PortfolioParameters(ReportTexts texts) {
		this.texts = texts;
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
		return this.texts.text(locale, "portfolio.title") + " — " + rows.get(0).managerName() + " — " + businessDate;
	}

	JRMapCollectionDataSource data(List<PortfolioRow> rows) {
		Locale locale = ReportTexts.locale(rows.get(0).language());
		List<Map<String, ?>> data = new ArrayList<>();
		for (PortfolioRow row : rows) {
			StoredScorecard scorecard = row.scorecard();
			Map<String, Object> item = new HashMap<>();
			item.put("brandName", row.brandName());
			item.put("displayPhoneNumber", "+" + row.displayPhoneNumber());
			item.put("score", ReportTexts.score(scorecard.score(), locale));
			item.put("status", scorecard.status().name());
			item.put("statusLabel", this.texts.scoring().label(scorecard.status(), locale));
			BigDecimal change = (scorecard.score() != null && row.previousScore() != null)
					? scorecard.score().subtract(row.previousScore()) : null;
			item.put("change", change(change, locale));
			item.put("changeTone",
					(change == null || change.signum() == 0) ? "neutral" : (change.signum() > 0) ? "good" : "bad");
			item.put("topIssue", this.texts.topIssue(scorecard, locale));
			item.put("provisional", Boolean.toString(scorecard.provisional()));
			data.add(item);
		}
		return new JRMapCollectionDataSource(data);
	}

	private String summary(List<PortfolioRow> rows, Locale locale) {
		Map<Status, Integer> counts = new HashMap<>();
		rows.forEach((row) -> counts.merge(row.scorecard().status(), 1, Integer::sum));
		return this.texts.text(locale, "portfolio.summary",
				Map.of("brands", rows.size(), "red", counts.getOrDefault(Status.RED, 0), "yellow",
						counts.getOrDefault(Status.YELLOW, 0), "green", counts.getOrDefault(Status.GREEN, 0), "noData",
						counts.getOrDefault(Status.NO_DATA, 0)));
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

}
