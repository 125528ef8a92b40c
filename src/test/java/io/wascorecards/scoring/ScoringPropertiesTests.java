package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Binding {@code scorecards.scoring.*} as Spring Boot does, and resolving the settings of
 * one connection.
 */
class ScoringPropertiesTests {

	private static final String CONNECTION = "100000000000101";

	@Test
	void withoutPropertiesTheSettingsAreTheSpecs() {
		ScoringProperties properties = bind(Map.of());
		assertThat(properties).isEqualTo(ScoringProperties.defaults());
		ScoringSettings settings = properties.forConnection(CONNECTION);
		assertThat(settings).isEqualTo(ScoringSettings.defaults());
		assertThat(settings.windowDays()).isEqualTo(7);
		assertThat(settings.sanctionDays()).isEqualTo(30);
		assertThat(settings.overallRedBelow()).isEqualByComparingTo("60");
		assertThat(settings.overallYellowBelow()).isEqualByComparingTo("85");
		assertThat(settings.weights())
			.isEqualTo(Map.of(Area.EFFECTIVENESS, new BigDecimal("0.35"), Area.BRAND, new BigDecimal("0.15"),
					Area.CONSISTENCY, new BigDecimal("0.30"), Area.HUMANITY, new BigDecimal("0.20")));
		assertThat(settings.limits(Kpi.RESPONSE_RATE)).isEqualTo(KpiLimits.of("0.90", "0.75", 20));
		assertThat(settings.limits(Kpi.OPTOUT_PER_1000)).isEqualTo(KpiLimits.of("5", "20", 50));
		assertThat(settings.limits(Kpi.HUMAN_FULFILMENT_RATE)).isEqualTo(KpiLimits.of("0.95", "0.80", 5));
	}

	@Test
	void globalSettingsReplaceTheSpecsOneByOne() {
		ScoringSettings settings = bind(Map.of("scorecards.scoring.kpis.response-rate.green", "0.92",
				"scorecards.scoring.kpis.delivery_failure_rate.min-sample", "100", "scorecards.scoring.weights.brand",
				"0.25", "scorecards.scoring.window-days", "14", "scorecards.scoring.overall-yellow-below", "80"))
			.forConnection(null);
		assertThat(settings.limits(Kpi.RESPONSE_RATE)).isEqualTo(KpiLimits.of("0.92", "0.75", 20));
		assertThat(settings.limits(Kpi.DELIVERY_FAILURE_RATE)).isEqualTo(KpiLimits.of("0.02", "0.05", 100));
		assertThat(settings.weight(Area.BRAND)).isEqualByComparingTo("0.25");
		assertThat(settings.weight(Area.EFFECTIVENESS)).isEqualByComparingTo("0.35");
		assertThat(settings.windowDays()).isEqualTo(14);
		assertThat(settings.overallYellowBelow()).isEqualByComparingTo("80");
	}

	@Test
	void aConnectionOverrideReplacesOnlyWhatItSets() {
		ScoringProperties properties = bind(Map.of("scorecards.scoring.kpis.response-rate.green", "0.92",
				"scorecards.scoring.overrides." + CONNECTION + ".kpis.response_rate.green", "0.95",
				"scorecards.scoring.overrides." + CONNECTION + ".kpis.response-rate.min-sample", "10",
				"scorecards.scoring.overrides." + CONNECTION + ".weights.humanity", "0.40",
				"scorecards.scoring.overrides." + CONNECTION + ".overall-red-below", "50",
				"scorecards.scoring.overrides." + CONNECTION + ".sanction-days", "60"));
		ScoringSettings overridden = properties.forConnection(CONNECTION);
		assertThat(overridden.limits(Kpi.RESPONSE_RATE)).isEqualTo(KpiLimits.of("0.95", "0.75", 10));
		assertThat(overridden.weight(Area.HUMANITY)).isEqualByComparingTo("0.40");
		assertThat(overridden.overallRedBelow()).isEqualByComparingTo("50");
		assertThat(overridden.overallYellowBelow()).isEqualByComparingTo("85");
		assertThat(overridden.sanctionDays()).isEqualTo(60);
		assertThat(overridden.windowDays()).isEqualTo(7);
		assertThat(properties.lookbackDays()).isEqualTo(60);
		assertThat(ScoringProperties.defaults().lookbackDays()).isEqualTo(30);
		ScoringSettings other = properties.forConnection("100000000000102");
		assertThat(other.limits(Kpi.RESPONSE_RATE)).isEqualTo(KpiLimits.of("0.92", "0.75", 20));
		assertThat(other.weight(Area.HUMANITY)).isEqualByComparingTo("0.20");
	}

	@Test
	void anOverrideChangesTheConnectionsStatuses() {
		ScoringProperties properties = bind(
				Map.of("scorecards.scoring.overrides." + CONNECTION + ".kpis.response-rate.green", "0.95"));
		ScoringInput input = Windows.input("interactions=100 interactions_answered=93");
		assertThat(Scorer.score(input, properties.forConnection(CONNECTION)).result(Kpi.RESPONSE_RATE).status())
			.isEqualTo(Status.YELLOW);
		assertThat(Scorer.score(input, properties.forConnection("100000000000102")).result(Kpi.RESPONSE_RATE).status())
			.isEqualTo(Status.GREEN);
	}

	@Test
	void inconsistentLimitsStopTheBinding() {
		assertThatExceptionOfType(BindException.class).isThrownBy(
				() -> bind(Map.of("scorecards.scoring.overrides." + CONNECTION + ".kpis.response-rate.yellow", "0.95")))
			.havingRootCause()
			.withMessage("response_rate: the green limit must be at least the yellow limit");
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("scorecards.scoring.weights.brand", "0")))
			.havingRootCause()
			.withMessage("weights.brand must be positive");
	}

	@Test
	void windowsThatAreEmptyOrAsLongAsTheNightCannotComputeAreRefused() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("scorecards.scoring.window-days", "0")))
			.havingRootCause()
			.withMessage("window-days must be 1 to 90 and sanction-days 1 to 366 (they are 0 and 30)");
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("scorecards.scoring.overrides." + CONNECTION + ".sanction-days", "100000")))
			.havingRootCause()
			.withMessage("window-days must be 1 to 90 and sanction-days 1 to 366 (they are 7 and 100000)");
	}

	private static ScoringProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("scorecards.scoring",
				ScoringProperties.class);
	}

}
