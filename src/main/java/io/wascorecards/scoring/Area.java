package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The four areas of WhatsApp's good practices a scorecard groups its KPIs into, in the
 * order of the scorecard CSV, each with the weight SPEC §5 gives it by default.
 */
public enum Area {

	EFFECTIVENESS("0.35"), BRAND("0.15"), CONSISTENCY("0.30"), HUMANITY("0.20");

	private final BigDecimal defaultWeight;

	Area(String defaultWeight) {
		this.defaultWeight = new BigDecimal(defaultWeight);
	}

	/**
	 * The name used in CSV columns, properties and message keys.
	 * @return e.g. {@code effectiveness}
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public BigDecimal defaultWeight() {
		return this.defaultWeight;
	}

	static Map<Area, BigDecimal> defaultWeights() {
		Map<Area, BigDecimal> weights = new EnumMap<>(Area.class);
		for (Area area : values()) {
			weights.put(area, area.defaultWeight);
		}
		return weights;
	}

}
