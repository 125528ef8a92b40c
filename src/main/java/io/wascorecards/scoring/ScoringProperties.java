package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scoring settings under {@code scorecards.scoring.*} (SPEC §5). Defaults are the spec's:
 * the windows and overall bounds here, each KPI's limits on {@link Kpi}, each area's
 * weight on {@link Area}. KPIs and areas are named by their key, in kebab or snake case
 * ({@code response-rate} or {@code response_rate}); a per-connection override, keyed by
 * phone_number_id, takes the same names and replaces only what it sets:
 *
 * <pre>
 * scorecards.scoring.window-days=7
 * scorecards.scoring.sanction-days=30
 * scorecards.scoring.overall-red-below=60
 * scorecards.scoring.overall-yellow-below=85
 * scorecards.scoring.weights.effectiveness=0.35
 * scorecards.scoring.kpis.response-rate.green=0.90
 * scorecards.scoring.kpis.response-rate.yellow=0.75
 * scorecards.scoring.kpis.response-rate.min-sample=20
 * scorecards.scoring.overrides.100000000000101.kpis.response-rate.green=0.95
 * scorecards.scoring.overrides.100000000000101.weights.brand=0.25
 * </pre>
 *
 * Limits are in the unit of the KPI's value: fractions for rates, per 1,000 for
 * {@code optout-per-1000}, counts for {@code foreign-whatsapp-refs}; {@code sanctions}
 * and {@code phone-quality} have none. {@code human-involvement-rate} is YELLOW above
 * (not at) its yellow limit.
 *
 * @param windowDays the trailing window in days
 * @param sanctionDays the sanction look-back in days
 * @param overallRedBelow an overall score below it is RED
 * @param overallYellowBelow an overall score below it (and not RED) is YELLOW
 * @param weights area weights that replace the spec's
 * @param kpis KPI limits that replace the spec's, one by one
 * @param overrides per-connection settings by phone_number_id
 * @param alerts when a day is unlike the brand's usual days (global only)
 */
@ConfigurationProperties("scorecards.scoring")
public record ScoringProperties(@DefaultValue("7") int windowDays, @DefaultValue("30") int sanctionDays,
		@DefaultValue("60") BigDecimal overallRedBelow, @DefaultValue("85") BigDecimal overallYellowBelow,
		Map<Area, BigDecimal> weights, Map<Kpi, KpiLimits> kpis, Map<String, ScoringOverride> overrides,
		@DefaultValue AlertSettings alerts) {

	public ScoringProperties {
		weights = (weights != null) ? Map.copyOf(weights) : Map.of();
		kpis = (kpis != null) ? Map.copyOf(kpis) : Map.of();
		overrides = (overrides != null) ? Map.copyOf(overrides) : Map.of();
		alerts = (alerts != null) ? alerts : AlertSettings.defaults();
		// resolve every connection once so that a wrong setting stops the start-up
		ScoringSettings global = resolve(windowDays, sanctionDays, overallRedBelow, overallYellowBelow, weights, kpis);
		overrides.values().forEach(global::with);
	}

	/**
	 * How many days, the scored date included, the windows of any connection reach back:
	 * the daily KPIs of those days must exist before a scorecard is computed.
	 * @return the longest of the trailing window and the one before it, the sanction
	 * look-back and the alerts' baseline with the day itself
	 */
	public int lookbackDays() {
		int windows = Stream.concat(Stream.of((String) null), this.overrides.keySet().stream())
			.map(this::forConnection)
			.mapToInt((settings) -> Math.max(2 * settings.windowDays(), settings.sanctionDays()))
			.max()
			.orElseThrow();
		return Math.max(windows, this.alerts.baselineDays() + 1);
	}

	/**
	 * The windows of every connection as the parameters of the statements that sum or
	 * read them: the global {@code windowDays} and {@code sanctionDays}, the alerts'
	 * {@code baselineDays}, and the parallel arrays {@code overridePhones},
	 * {@code overrideWindowDays} and {@code overrideSanctionDays} of the connections that
	 * have settings of their own.
	 * @return the parameters by name
	 */
	public Map<String, Object> windowParameters() {
		List<String> phones = List.copyOf(this.overrides.keySet());
		List<ScoringSettings> settings = phones.stream().map(this::forConnection).toList();
		return Map.of("windowDays", this.windowDays, "sanctionDays", this.sanctionDays, "baselineDays",
				this.alerts.baselineDays(), "overridePhones", phones.toArray(String[]::new), "overrideWindowDays",
				settings.stream().mapToInt(ScoringSettings::windowDays).toArray(), "overrideSanctionDays",
				settings.stream().mapToInt(ScoringSettings::sanctionDays).toArray());
	}

	/**
	 * The settings with nothing configured.
	 * @return the spec's defaults
	 */
	public static ScoringProperties defaults() {
		return new ScoringProperties(7, 30, new BigDecimal("60"), new BigDecimal("85"), null, null, null,
				AlertSettings.defaults());
	}

	/**
	 * The settings in force for one connection.
	 * @param phoneNumberId the connection's phone_number_id, or {@code null} for the
	 * global settings
	 * @return the complete settings
	 */
	public ScoringSettings forConnection(String phoneNumberId) {
		ScoringSettings global = global();
		return (phoneNumberId != null) ? global.with(this.overrides.get(phoneNumberId)) : global;
	}

	private ScoringSettings global() {
		return resolve(this.windowDays, this.sanctionDays, this.overallRedBelow, this.overallYellowBelow, this.weights,
				this.kpis);
	}

	private static ScoringSettings resolve(int windowDays, int sanctionDays, BigDecimal overallRedBelow,
			BigDecimal overallYellowBelow, Map<Area, BigDecimal> weights, Map<Kpi, KpiLimits> kpis) {
		return new ScoringSettings(windowDays, sanctionDays, overallRedBelow, overallYellowBelow, Area.defaultWeights(),
				Kpi.defaultLimitsByKpi())
			.with(new ScoringOverride(null, null, null, null, weights, kpis));
	}

}
