package io.wascorecards.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A sharp change against the brand's own days (SPEC §5b), with hand-computed z-scores:
 * {@code z = 0.6745 × (value − median) / max(MAD, floor)}.
 */
class AlertsTests {

	private static final AlertSettings DEFAULTS = AlertSettings.defaults();

	@Test
	void aDropFarBelowTheUsualDaysIsAnAlert() {
		// 7 days at 18 / 20 = 0.90 and 7 at 20 / 20 = 1.00: median 0.95, MAD 0.05
		List<KpiSums> baseline = days(7, "interactions=20 interactions_answered=18");
		baseline.addAll(days(7, "interactions=20 interactions_answered=20"));
		// 13 / 20 = 0.65: 0.6745 × −0.30 / 0.05 = −4.047
		assertThat(Alerts.of(day("interactions=20 interactions_answered=13"), baseline, DEFAULTS)).singleElement()
			.satisfies((alert) -> {
				assertThat(alert.kpi()).isEqualTo(Kpi.RESPONSE_RATE);
				assertThat(alert.value()).isEqualByComparingTo("0.6500");
				assertThat(alert.value().scale()).isEqualTo(4);
				assertThat(alert.median()).isEqualByComparingTo("0.9500");
				assertThat(alert.z()).isEqualByComparingTo("-4.05");
			});
		// 15 / 20 = 0.75: 0.6745 × −0.20 / 0.05 = −2.698, within the brand's usual spread
		assertThat(Alerts.of(day("interactions=20 interactions_answered=15"), baseline, DEFAULTS)).isEmpty();
	}

	@Test
	void aRiseOfARateToReachIsNotAnAlert() {
		List<KpiSums> baseline = days(7, "interactions=20 interactions_answered=10");
		baseline.addAll(days(7, "interactions=20 interactions_answered=11"));
		assertThat(Alerts.of(day("interactions=20 interactions_answered=20"), baseline, DEFAULTS)).isEmpty();
	}

	@Test
	void withoutSpreadTheFloorKeepsOneMissedMessageFromBeingAnAlert() {
		// 14 perfect days: median 1, MAD 0, the floor 0.02 is the spread
		List<KpiSums> baseline = days(14, "interactions=20 interactions_answered=20");
		// 19 / 20: 0.6745 × −0.05 / 0.02 = −1.686; 18 / 20: −3.3725
		assertThat(Alerts.of(day("interactions=20 interactions_answered=19"), baseline, DEFAULTS)).isEmpty();
		assertThat(Alerts.of(day("interactions=20 interactions_answered=18"), baseline, DEFAULTS)).isEmpty();
		// 17 / 20: 0.6745 × −0.15 / 0.02 = −5.05875
		assertThat(Alerts.of(day("interactions=20 interactions_answered=17"), baseline, DEFAULTS)).singleElement()
			.satisfies((alert) -> assertThat(alert.z()).isEqualByComparingTo("-5.06"));
	}

	@Test
	void aPer1000FigureRisingPastTheThresholdIsAnAlert() {
		// 14 days at 5 per 1,000; floor 20: z = 0.6745 × (value − 5) / 20
		List<KpiSums> baseline = days(14, "bi_messages=1000 optout_signals=5");
		// 108: 0.6745 × 103 / 20 = 3.4737; 110: 0.6745 × 105 / 20 = 3.541125
		assertThat(Alerts.of(day("bi_messages=1000 optout_signals=108"), baseline, DEFAULTS)).isEmpty();
		assertThat(Alerts.of(day("bi_messages=1000 optout_signals=110"), baseline, DEFAULTS)).singleElement()
			.satisfies((alert) -> {
				assertThat(alert.kpi()).isEqualTo(Kpi.OPTOUT_PER_1000);
				assertThat(alert.value()).isEqualByComparingTo("110.00");
				assertThat(alert.median()).isEqualByComparingTo("5.00");
				assertThat(alert.z()).isEqualByComparingTo("3.54");
			});
	}

	@Test
	void aFailureRateFallingIsNotAnAlert() {
		List<KpiSums> baseline = days(14, "outbound_messages=100 outbound_failed=30");
		assertThat(Alerts.of(day("outbound_messages=100"), baseline, DEFAULTS)).isEmpty();
	}

	@Test
	void thirteenCountingDaysAreNotABaselineFourteenAre() {
		// a day with 9 interactions does not count
		List<KpiSums> thirteen = days(13, "interactions=20 interactions_answered=20");
		thirteen.add(day("interactions=9 interactions_answered=9"));
		KpiSums zero = day("interactions=20");
		assertThat(Alerts.of(zero, thirteen, DEFAULTS)).isEmpty();
		List<KpiSums> fourteen = days(14, "interactions=20 interactions_answered=20");
		fourteen.add(day("interactions=9 interactions_answered=9"));
		// 0.6745 × −1 / 0.02 = −33.725
		assertThat(Alerts.of(zero, fourteen, DEFAULTS)).extracting(Alert::kpi, Alert::z)
			.containsExactly(tuple(Kpi.RESPONSE_RATE, new BigDecimal("-33.73")));
	}

	@Test
	void aDayWhoseDenominatorIsBelowTheMinimumRaisesNothing() {
		List<KpiSums> baseline = days(14, "interactions=20 interactions_answered=20");
		assertThat(Alerts.of(day("interactions=9"), baseline, DEFAULTS)).isEmpty();
	}

	@Test
	void anOddBaselineTakesItsMiddleValueAndAnEvenOneTheMeanOfTheTwo() {
		// 15 days: 5 at 0.50, 5 at 0.60, 5 at 0.70 → median 0.60; deviations 0.10 ×10, 0
		// ×5
		// → MAD 0.10; 0.20: 0.6745 × −0.40 / 0.10 = −2.698
		List<KpiSums> odd = new ArrayList<>(days(5, "bi_touches=10 bi_touches_replied=5"));
		odd.addAll(days(5, "bi_touches=10 bi_touches_replied=6"));
		odd.addAll(days(5, "bi_touches=10 bi_touches_replied=7"));
		Collections.shuffle(odd);
		assertThat(Alerts.of(day("bi_touches=10 bi_touches_replied=2"), odd, DEFAULTS)).isEmpty();
		// 0.00: 0.6745 × −0.60 / 0.10 = −4.047
		assertThat(Alerts.of(day("bi_touches=10"), odd, DEFAULTS)).singleElement().satisfies((alert) -> {
			assertThat(alert.kpi()).isEqualTo(Kpi.OUTBOUND_REPLY_RATE);
			assertThat(alert.median()).isEqualByComparingTo("0.60");
			assertThat(alert.z()).isEqualByComparingTo("-4.05");
		});
		// 14 days: 7 at 0.50 and 7 at 0.70 → median 0.60, MAD 0.10
		List<KpiSums> even = new ArrayList<>(days(7, "bi_touches=10 bi_touches_replied=5"));
		even.addAll(days(7, "bi_touches=10 bi_touches_replied=7"));
		assertThat(Alerts.of(day("bi_touches=10"), even, DEFAULTS)).singleElement()
			.satisfies((alert) -> assertThat(alert.median()).isEqualByComparingTo("0.60"));
	}

	@Test
	void purposeMatchCountsByItsDenominatorAlone() {
		// the purpose terms decide the status (NO_DATA without them), not whether a day's
		// value counts: a day without a profile matches nothing
		List<KpiSums> baseline = days(14, "purpose_terms=8 bi_touches=20 purpose_matched_touches=18");
		assertThat(Alerts.of(day("purpose_terms=0 bi_touches=20"), baseline, DEFAULTS)).extracting(Alert::kpi)
			.containsExactly(Kpi.PURPOSE_MATCH_RATE);
	}

	@Test
	void everyRatioKpiAndNoOtherCanAlert() {
		assertThat(Arrays.stream(Kpi.values()).filter(Kpi::alerts).map(Kpi::key)).containsExactly("response_rate",
				"answered_within_15m_rate", "outbound_reply_rate", "delivery_failure_rate", "external_link_rate",
				"brand_identification_rate", "optout_per_1000", "human_fulfilment_rate", "human_involvement_rate",
				"purpose_match_rate", "complaint_rate");
	}

	private static KpiSums day(String sums) {
		return Windows.sums(1, sums);
	}

	private static List<KpiSums> days(int count, String sums) {
		return new ArrayList<>(Collections.nCopies(count, day(sums)));
	}

}
