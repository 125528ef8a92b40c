package io.wascorecards.scorecard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wascorecards.scoring.KpiResult;
import io.wascorecards.scoring.Recommendation;
import io.wascorecards.scoring.Scorecard;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a scorecard's KPIs and recommendations are stored: as JSON, so that the CSV, the
 * PDF and the e-mails read them back without recomputing.
 */
final class ScorecardJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ScorecardJson() {
	}

	/**
	 * The KPIs as an object keyed by KPI key, in the order of SPEC §5.
	 * @param scorecard the scorecard
	 * @return e.g.
	 * {@code {"response_rate":{"value":"0.9500","status":"GREEN","day":"1.0000",...}}}
	 */
	static String kpis(Scorecard scorecard) {
		Map<String, Object> kpis = new LinkedHashMap<>();
		for (KpiResult result : scorecard.kpis()) {
			Map<String, Object> kpi = new LinkedHashMap<>();
			kpi.put("value", result.value());
			kpi.put("status", result.status().name());
			kpi.put("day", result.dayValue());
			kpi.put("previous", result.previousValue());
			kpi.put("trend", result.trend().name());
			kpi.put("numerator", (result.counts() != null) ? result.counts().numerator() : null);
			kpi.put("denominator", (result.counts() != null) ? result.counts().denominator() : null);
			kpis.put(result.kpi().key(), kpi);
		}
		return JSON.writeValueAsString(kpis);
	}

	/**
	 * The recommendations, most urgent first, as the data they are rendered from.
	 * @param recommendations the recommendations
	 * @return e.g.
	 * {@code [{"kpi":"response_rate","status":"RED","messageKey":"…","arguments":[12,40,…]}]}
	 */
	static String recommendations(List<Recommendation> recommendations) {
		return JSON.writeValueAsString(recommendations.stream().map((recommendation) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("kpi", (recommendation.kpi() != null) ? recommendation.kpi().key() : null);
			item.put("status", recommendation.status().name());
			item.put("messageKey", recommendation.messageKey());
			item.put("arguments", recommendation.arguments());
			return item;
		}).toList());
	}

}
