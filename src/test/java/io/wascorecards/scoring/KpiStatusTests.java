package io.wascorecards.scoring;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each KPI's status and written value at, just below and just above every limit of SPEC
 * §5, and at its minimum sample.
 */
class KpiStatusTests {

	@ParameterizedTest(name = "{0} with {1}: {2} {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					response_rate             | interactions=100 interactions_answered=74               | RED    | 0.7400
					response_rate             | interactions=100 interactions_answered=75               | YELLOW | 0.7500
					response_rate             | interactions=100 interactions_answered=76               | YELLOW | 0.7600
					response_rate             | interactions=100 interactions_answered=89               | YELLOW | 0.8900
					response_rate             | interactions=100 interactions_answered=90               | GREEN  | 0.9000
					response_rate             | interactions=100 interactions_answered=91               | GREEN  | 0.9100
					response_rate             | interactions=110 interactions_pending=10 interactions_answered=90 | GREEN | 0.9000
					answered_within_15m_rate  | interactions_answered=100 answered_within_15m=49        | RED    | 0.4900
					answered_within_15m_rate  | interactions_answered=100 answered_within_15m=50        | YELLOW | 0.5000
					answered_within_15m_rate  | interactions_answered=100 answered_within_15m=51        | YELLOW | 0.5100
					answered_within_15m_rate  | interactions_answered=100 answered_within_15m=79        | YELLOW | 0.7900
					answered_within_15m_rate  | interactions_answered=100 answered_within_15m=80        | GREEN  | 0.8000
					answered_within_15m_rate  | interactions_answered=100 answered_within_15m=81        | GREEN  | 0.8100
					outbound_reply_rate       | bi_touches=100 bi_touches_replied=49                    | RED    | 0.4900
					outbound_reply_rate       | bi_touches=100 bi_touches_replied=50                    | YELLOW | 0.5000
					outbound_reply_rate       | bi_touches=100 bi_touches_replied=51                    | YELLOW | 0.5100
					outbound_reply_rate       | bi_touches=100 bi_touches_replied=74                    | YELLOW | 0.7400
					outbound_reply_rate       | bi_touches=100 bi_touches_replied=75                    | GREEN  | 0.7500
					outbound_reply_rate       | bi_touches=100 bi_touches_replied=76                    | GREEN  | 0.7600
					outbound_reply_rate       | bi_touches=120 bi_touches_pending=20 bi_touches_replied=75 | GREEN | 0.7500
					delivery_failure_rate     | outbound_messages=1000 outbound_failed=19               | GREEN  | 0.0190
					delivery_failure_rate     | outbound_messages=1000 outbound_failed=20               | GREEN  | 0.0200
					delivery_failure_rate     | outbound_messages=1000 outbound_failed=21               | YELLOW | 0.0210
					delivery_failure_rate     | outbound_messages=1000 outbound_failed=49               | YELLOW | 0.0490
					delivery_failure_rate     | outbound_messages=1000 outbound_failed=50               | YELLOW | 0.0500
					delivery_failure_rate     | outbound_messages=1000 outbound_failed=51               | RED    | 0.0510
					external_link_rate        | outbound_with_body=100 external_link_messages=4         | GREEN  | 0.0400
					external_link_rate        | outbound_with_body=100 external_link_messages=5         | GREEN  | 0.0500
					external_link_rate        | outbound_with_body=100 external_link_messages=6         | YELLOW | 0.0600
					external_link_rate        | outbound_with_body=100 external_link_messages=14        | YELLOW | 0.1400
					external_link_rate        | outbound_with_body=100 external_link_messages=15        | YELLOW | 0.1500
					external_link_rate        | outbound_with_body=100 external_link_messages=16        | RED    | 0.1600
					foreign_whatsapp_refs     | foreign_whatsapp_refs=0                                 | GREEN  | 0
					foreign_whatsapp_refs     | foreign_whatsapp_refs=1                                 | YELLOW | 1
					foreign_whatsapp_refs     | foreign_whatsapp_refs=2                                 | YELLOW | 2
					foreign_whatsapp_refs     | foreign_whatsapp_refs=3                                 | RED    | 3
					brand_identification_rate | bi_touches=100 brand_identified_touches=69              | RED    | 0.6900
					brand_identification_rate | bi_touches=100 brand_identified_touches=70              | YELLOW | 0.7000
					brand_identification_rate | bi_touches=100 brand_identified_touches=71              | YELLOW | 0.7100
					brand_identification_rate | bi_touches=100 brand_identified_touches=89              | YELLOW | 0.8900
					brand_identification_rate | bi_touches=100 brand_identified_touches=90              | GREEN  | 0.9000
					brand_identification_rate | bi_touches=100 brand_identified_touches=91              | GREEN  | 0.9100
					optout_per_1000           | bi_messages=1000 optout_signals=4                       | GREEN  | 4.00
					optout_per_1000           | bi_messages=1000 optout_signals=2 ecosystem_limit_errors=2 spam_limit_errors=1 | GREEN | 5.00
					optout_per_1000           | bi_messages=1000 optout_signals=6                       | YELLOW | 6.00
					optout_per_1000           | bi_messages=1000 spam_limit_errors=19                   | YELLOW | 19.00
					optout_per_1000           | bi_messages=1000 ecosystem_limit_errors=20              | YELLOW | 20.00
					optout_per_1000           | bi_messages=1000 optout_signals=21                      | RED    | 21.00
					human_fulfilment_rate     | human_requests=100 human_requests_fulfilled=79          | RED    | 0.7900
					human_fulfilment_rate     | human_requests=100 human_requests_fulfilled=80          | YELLOW | 0.8000
					human_fulfilment_rate     | human_requests=100 human_requests_fulfilled=81          | YELLOW | 0.8100
					human_fulfilment_rate     | human_requests=100 human_requests_fulfilled=94          | YELLOW | 0.9400
					human_fulfilment_rate     | human_requests=100 human_requests_fulfilled=95          | GREEN  | 0.9500
					human_fulfilment_rate     | human_requests=100 human_requests_fulfilled=96          | GREEN  | 0.9600
					human_involvement_rate    | interactions=1000 interactions_with_agent=0             | RED    | 0.0000
					human_involvement_rate    | interactions=1000 interactions_with_agent=1             | YELLOW | 0.0010
					human_involvement_rate    | interactions=1000 interactions_with_agent=49            | YELLOW | 0.0490
					human_involvement_rate    | interactions=1000 interactions_with_agent=50            | GREEN  | 0.0500
					human_involvement_rate    | interactions=1000 interactions_with_agent=51            | GREEN  | 0.0510
					purpose_match_rate        | purpose_terms=9 bi_touches=100 purpose_matched_touches=49 | RED  | 0.4900
					purpose_match_rate        | purpose_terms=9 bi_touches=100 purpose_matched_touches=50 | YELLOW | 0.5000
					purpose_match_rate        | purpose_terms=9 bi_touches=100 purpose_matched_touches=79 | YELLOW | 0.7900
					purpose_match_rate        | purpose_terms=9 bi_touches=100 purpose_matched_touches=80 | GREEN | 0.8000
					complaint_rate            | inbound_customers=1000 customer_complaints=5            | GREEN  | 5.00
					complaint_rate            | inbound_customers=1000 customer_complaints=6            | YELLOW | 6.00
					complaint_rate            | inbound_customers=1000 customer_complaints=20           | YELLOW | 20.00
					complaint_rate            | inbound_customers=1000 customer_complaints=21           | RED    | 21.00
					marketing_after_optout    | marketing_after_optout=0                                | GREEN  | 0
					marketing_after_optout    | marketing_after_optout=1                                | YELLOW | 1
					marketing_after_optout    | marketing_after_optout=10                               | YELLOW | 10
					marketing_after_optout    | marketing_after_optout=11                               | RED    | 11
					profile_completeness      | profile_completeness=7                                  | GREEN  | 7
					profile_completeness      | profile_completeness=6                                  | GREEN  | 6
					profile_completeness      | profile_completeness=5                                  | YELLOW | 5
					profile_completeness      | profile_completeness=4                                  | YELLOW | 4
					profile_completeness      | profile_completeness=3                                  | RED    | 3
					profile_completeness      | profile_completeness=0                                  | RED    | 0
					""")
	void statusAtEveryLimit(String key, String sums, Status status, String value) {
		assertResult(key, sums, status, value);
	}

	@ParameterizedTest(name = "{0} with {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			response_rate             | interactions=19 interactions_answered=19                 | NO_DATA | ''
			response_rate             | interactions=25 interactions_pending=6 interactions_answered=19 | NO_DATA | ''
			response_rate             | interactions=20 interactions_answered=20                 | GREEN   | 1.0000
			answered_within_15m_rate  | interactions_answered=19 answered_within_15m=19          | NO_DATA | ''
			answered_within_15m_rate  | interactions_answered=20 answered_within_15m=10          | YELLOW  | 0.5000
			outbound_reply_rate       | bi_touches=21 bi_touches_pending=2 bi_touches_replied=19 | NO_DATA | ''
			outbound_reply_rate       | bi_touches=20 bi_touches_replied=9                       | RED     | 0.4500
			delivery_failure_rate     | outbound_messages=49                                     | NO_DATA | ''
			delivery_failure_rate     | outbound_messages=50                                     | GREEN   | 0.0000
			external_link_rate        | outbound_with_body=19 external_link_messages=19          | NO_DATA | ''
			external_link_rate        | outbound_with_body=20 external_link_messages=1           | GREEN   | 0.0500
			foreign_whatsapp_refs     | ''                                                       | GREEN   | 0
			brand_identification_rate | bi_touches=19 brand_identified_touches=19                | NO_DATA | ''
			brand_identification_rate | bi_touches=20 brand_identified_touches=14                | YELLOW  | 0.7000
			optout_per_1000           | bi_messages=49 optout_signals=1                          | NO_DATA | ''
			optout_per_1000           | bi_messages=50 optout_signals=1                          | YELLOW  | 20.00
			human_fulfilment_rate     | human_requests=4 human_requests_fulfilled=4              | NO_DATA | ''
			human_fulfilment_rate     | human_requests=5 human_requests_fulfilled=4              | YELLOW  | 0.8000
			human_involvement_rate    | interactions=19 interactions_with_agent=19               | NO_DATA | ''
			human_involvement_rate    | interactions=20 interactions_with_agent=1                | GREEN   | 0.0500
			sanctions                 | ''                                                       | GREEN   | 0
			purpose_match_rate        | purpose_terms=9 bi_touches=19 purpose_matched_touches=19 | NO_DATA | ''
			purpose_match_rate        | purpose_terms=1 bi_touches=20 purpose_matched_touches=20 | GREEN   | 1.0000
			# no purpose terms on the window's last day (no profile): nothing to match
			purpose_match_rate        | purpose_terms=0 bi_touches=100 purpose_matched_touches=0 | NO_DATA | ''
			complaint_rate            | inbound_customers=49 customer_complaints=0               | NO_DATA | ''
			complaint_rate            | inbound_customers=50 customer_complaints=1               | YELLOW  | 20.00
			marketing_after_optout    | ''                                                       | GREEN   | 0
			profile_completeness      | ''                                                       | NO_DATA | ''
			""")
	void minimumSampleAppliesToTheDenominator(String key, String sums, Status status, String value) {
		assertResult(key, sums, status, value);
	}

	@ParameterizedTest(name = "{0} with {1}: {2} {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# the exact ratio is compared, not the written one: 0.89996 is written 0.9000 but is below 0.90
			response_rate             | interactions=25000 interactions_answered=22499          | YELLOW | 0.9000
			delivery_failure_rate     | outbound_messages=100000 outbound_failed=2001           | YELLOW | 0.0200
			human_involvement_rate    | interactions=100000 interactions_with_agent=4999        | YELLOW | 0.0500
			# 15 × 1000 / 3000 = 5 is on the limit; 15 × 1000 / 2999 = 5.0017 is above it
			optout_per_1000           | bi_messages=3000 optout_signals=15                      | GREEN  | 5.00
			optout_per_1000           | bi_messages=2999 optout_signals=15                      | YELLOW | 5.00
			# half up: 2 / 3 = 0.66666…, 1 / 600 × 1000 = 1.6666…, 1 / 16 = 0.0625 (no fifth decimal to round)
			response_rate             | interactions=30 interactions_answered=20                | RED    | 0.6667
			optout_per_1000           | bi_messages=600 optout_signals=1                        | GREEN  | 1.67
			delivery_failure_rate     | outbound_messages=160 outbound_failed=10                | RED    | 0.0625
			# 1 / 32 = 0.03125 rounds half up to 0.0313
			delivery_failure_rate     | outbound_messages=320 outbound_failed=10                | YELLOW | 0.0313
			""")
	void statusComparesTheExactRatioAndValuesRoundHalfUp(String key, String sums, Status status, String value) {
		assertResult(key, sums, status, value);
	}

	@ParameterizedTest(name = "{0}, {1} quality flags: {2} {3}")
	@CsvSource(delimiter = '|', textBlock = """
			GREEN   | 0 | GREEN   | GREEN
			YELLOW  | 0 | YELLOW  | YELLOW
			RED     | 0 | RED     | RED
			NA      | 0 | NO_DATA | ''
			UNKNOWN | 0 | NO_DATA | ''
			# a flag makes the status RED; the value stays the rating
			GREEN   | 1 | RED     | GREEN
			YELLOW  | 1 | RED     | YELLOW
			YELLOW  | 2 | RED     | YELLOW
			RED     | 1 | RED     | RED
			NA      | 1 | RED     | ''
			UNKNOWN | 1 | RED     | ''
			""")
	void phoneQualityValueIsTheRatingAndAFlagMakesItsStatusRed(String rating, int flags, Status status, String value) {
		assertResult("phone_quality", "rating=" + rating + " quality_flag_events=" + flags, status, value);
	}

	@ParameterizedTest(name = "{0}: {1} {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					''                                                    | GREEN  | 0
					template_disables=1                                   | YELLOW | 1
					template_pauses=1                                     | YELLOW | 1
					template_rejections=1                                 | YELLOW | 1
					template_quality_red=1                                | YELLOW | 1
					template_recategorisations=1                          | YELLOW | 1
					template_pauses=2 template_rejections=1               | YELLOW | 3
					account_sanctions=1                                   | RED    | 1
					account_sanctions=1 template_disables=2 template_pauses=1 template_rejections=1 template_quality_red=1 | RED | 6
					account_sanctions=1 template_recategorisations=2      | RED    | 3
					""")
	void sanctionsLookBack30Days(String sanctions, Status status, String value) {
		// nothing in the trailing 7 days: the status comes from the 30-day look-back only
		ScoringInput input = Windows.input("", "", "", sanctions);
		KpiResult result = Scorer.score(input, ScoringSettings.defaults()).result(Kpi.SANCTIONS);
		assertThat(result.status()).isEqualTo(status);
		assertThat(Windows.written(result.value())).isEqualTo(value);
	}

	@Test
	void sanctionsInTheTrailingWindowAloneDoNotCount() {
		ScoringInput input = Windows.input("account_sanctions=1", "account_sanctions=1", "", "");
		assertThat(Scorer.score(input, ScoringSettings.defaults()).result(Kpi.SANCTIONS).status())
			.isEqualTo(Status.GREEN);
	}

	@Test
	void dayValueHasNoMinimumSampleAndIsEmptyWithoutDenominator() {
		ScoringInput input = Windows.input("interactions=3 interactions_answered=2", "interactions=3", "", "");
		Scorecard scorecard = Scorer.score(input, ScoringSettings.defaults());
		assertThat(Windows.written(scorecard.result(Kpi.RESPONSE_RATE).dayValue())).isEqualTo("0.6667");
		assertThat(scorecard.result(Kpi.RESPONSE_RATE).value()).isNull();
		assertThat(scorecard.result(Kpi.DELIVERY_FAILURE_RATE).dayValue()).isNull();
		assertThat(Windows.written(scorecard.result(Kpi.FOREIGN_WHATSAPP_REFS).dayValue())).isEqualTo("0");
		assertThat(scorecard.result(Kpi.PHONE_QUALITY).dayValue()).isNull();
	}

	@ParameterizedTest(name = "{0} against {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			interactions=20 interactions_answered=18 | interactions=20 interactions_answered=16 | UP   | 0.8000
			interactions=20 interactions_answered=16 | interactions=20 interactions_answered=18 | DOWN | 0.9000
			interactions=20 interactions_answered=18 | interactions=40 interactions_answered=36 | SAME | 0.9000
			interactions=20 interactions_answered=18 | interactions=19 interactions_answered=19 | NONE | ''
			interactions=19 interactions_answered=19 | interactions=20 interactions_answered=18 | NONE | 0.9000
			""")
	void previousWindowKeepsTheMinimumSampleAndGivesTheTrend(String current, String previous, Trend trend,
			String previousValue) {
		ScoringInput input = Windows.input(current, current, previous, current);
		KpiResult result = Scorer.score(input, ScoringSettings.defaults()).result(Kpi.RESPONSE_RATE);
		assertThat(result.trend()).isEqualTo(trend);
		assertThat(Windows.written(result.previousValue())).isEqualTo(previousValue);
	}

	@Test
	void sanctionsTrendComparesTheLastSevenDaysWithTheSevenBefore() {
		ScoringInput input = Windows.input("", "template_pauses=1", "", "template_pauses=3");
		KpiResult result = Scorer.score(input, ScoringSettings.defaults()).result(Kpi.SANCTIONS);
		assertThat(Windows.written(result.value())).isEqualTo("3");
		assertThat(Windows.written(result.previousValue())).isEqualTo("0");
		assertThat(result.trend()).isEqualTo(Trend.UP);
	}

	@Test
	void rawValueIsUnrounded() {
		KpiResult result = Scorer
			.score(Windows.input("interactions=30 interactions_answered=20"), ScoringSettings.defaults())
			.result(Kpi.RESPONSE_RATE);
		assertThat(result.raw()).isEqualByComparingTo("0.6666666666666667");
		assertThat(result.counts()).isEqualTo(Ratio.of(20, 30));
	}

	@Test
	void everyKpiHasItsKeyInTableOrder() {
		assertThat(Kpi.values()).extracting(Kpi::key)
			.containsExactly("response_rate", "answered_within_15m_rate", "outbound_reply_rate",
					"delivery_failure_rate", "external_link_rate", "foreign_whatsapp_refs", "brand_identification_rate",
					"optout_per_1000", "sanctions", "phone_quality", "human_fulfilment_rate", "human_involvement_rate",
					"purpose_match_rate", "complaint_rate", "marketing_after_optout", "profile_completeness");
	}

	private static void assertResult(String key, String sums, Status status, String value) {
		Kpi kpi = Kpi.valueOf(key.toUpperCase(Locale.ROOT));
		KpiResult result = Scorer.score(Windows.input(sums), ScoringSettings.defaults()).result(kpi);
		assertThat(result.status()).as("status").isEqualTo(status);
		assertThat(Windows.written(result.value())).as("value").isEqualTo((value != null) ? value : "");
	}

}
