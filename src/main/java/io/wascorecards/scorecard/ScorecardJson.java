package io.wascorecards.scorecard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.KpiResult;
import io.wascorecards.scoring.Recommendation;
import io.wascorecards.scoring.Scorecard;
import io.wascorecards.scoring.Status;
import io.wascorecards.scoring.Trend;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a scorecard's KPIs and recommendations are stored: as JSON, so that the CSV, the
 * PDF and the e-mails read them back without recomputing.
 */
public final class ScorecardJson {

	// decimals read back exactly, as the BigDecimal arguments they were written from
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

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

	/**
	 * Reads stored KPIs back.
	 * @param json the stored {@link #kpis(Scorecard) KPIs}
	 * @return each KPI's stored reading, in the order of SPEC §5
	 */
	public static Map<Kpi, StoredKpi> readKpis(String json) {
		Map<String, Map<String, String>> stored = JSON.readValue(json, new TypeReference<>() {
		});
		Map<Kpi, StoredKpi> kpis = new EnumMap<>(Kpi.class);
		stored.forEach((key, kpi) -> kpis.put(Kpi.valueOf(key.toUpperCase(Locale.ROOT)), new StoredKpi(kpi.get("value"),
				Status.valueOf(kpi.get("status")), kpi.get("day"), Trend.valueOf(kpi.get("trend")))));
		return kpis;
	}

	/**
	 * Reads stored recommendations back.
	 * @param json the stored {@link #recommendations(List) recommendations}
	 * @return the recommendations, most urgent first
	 */
	public static List<Recommendation> readRecommendations(String json) {
		List<Map<String, Object>> stored = JSON.readValue(json, new TypeReference<>() {
		});
		List<Recommendation> recommendations = new ArrayList<>();
		for (Map<String, Object> item : stored) {
			String kpi = (String) item.get("kpi");
			@SuppressWarnings("unchecked")
			List<Object> arguments = (List<Object>) item.get("arguments");
			recommendations.add(new Recommendation((kpi != null) ? Kpi.valueOf(kpi.toUpperCase(Locale.ROOT)) : null,
					Status.valueOf((String) item.get("status")), (String) item.get("messageKey"), arguments));
		}
		return recommendations;
	}

	/**
	 * A KPI as stored with its scorecard.
	 *
	 * @param value the trailing window's value as in the CSV, empty for {@code NO_DATA}
	 * @param status its status
	 * @param dayValue the day's value, empty without data
	 * @param trend against the previous window
	 */
	public record StoredKpi(String value, Status status, String dayValue, Trend trend) {
	}

}
