package io.wascorecards.scorecard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.wascorecards.scoring.Alert;
import io.wascorecards.scoring.Kpi;
import io.wascorecards.scoring.Recommendation;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the {@code kpis} and {@code recommendations} columns of a {@link StoredScorecard}
 * are written and read: as JSON of the same records.
 */
public final class ScorecardJson {

	// decimals are written and read back exactly, with their scale (0.9500 stays 0.9500);
	// a field of another shape is refused rather than read as missing
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private ScorecardJson() {
	}

	/**
	 * The KPIs as an object keyed by KPI key.
	 * @param kpis the KPIs
	 * @return e.g.
	 * {@code {"response_rate":{"value":0.9500,"status":"GREEN","day":1.0000,...}}}
	 */
	static String kpis(Map<Kpi, StoredKpi> kpis) {
		return JSON.writeValueAsString(kpis);
	}

	/**
	 * The recommendations, most urgent first.
	 * @param recommendations the recommendations
	 * @return e.g.
	 * {@code [{"kpi":"response_rate","status":"RED","messageKey":"…","facts":{"count":28,"total":40,…}}]}
	 */
	static String recommendations(List<Recommendation> recommendations) {
		return JSON.writeValueAsString(recommendations);
	}

	/**
	 * The alerts, in KPI order.
	 * @param alerts the alerts
	 * @return e.g.
	 * {@code [{"kpi":"response_rate","value":0.6500,"median":0.9500,"z":-4.05}]}
	 */
	static String alerts(List<Alert> alerts) {
		return JSON.writeValueAsString(alerts);
	}

	/**
	 * Reads stored alerts back.
	 * @param json the {@code alerts} column
	 * @return the alerts, in KPI order
	 */
	static List<Alert> readAlerts(String json) {
		return JSON.readValue(json, new TypeReference<List<Alert>>() {
		});
	}

	/**
	 * Reads stored KPIs back.
	 * @param json the {@code kpis} column
	 * @return each KPI, in the order of SPEC §5
	 */
	static Map<Kpi, StoredKpi> readKpis(String json) {
		return JSON.readValue(json, new TypeReference<EnumMap<Kpi, StoredKpi>>() {
		});
	}

	/**
	 * Reads stored recommendations back.
	 * @param json the {@code recommendations} column
	 * @return the recommendations, most urgent first
	 */
	public static List<Recommendation> readRecommendations(String json) {
		return JSON.readValue(json, new TypeReference<List<Recommendation>>() {
		});
	}

}
