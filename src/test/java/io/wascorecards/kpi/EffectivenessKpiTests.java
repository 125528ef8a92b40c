package io.wascorecards.kpi;

import java.time.OffsetDateTime;
import java.util.Map;

import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class EffectivenessKpiTests {

	private static final String DAY = "2026-03-10";

	private static final String CLOSED = "2026-03-12T12:00:00Z";

	@Autowired
	private KpiScenario scenario;

	private long brand;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		this.brand = this.scenario.connection("100000000000001", "200000000000001", "5215512345678", "Óptica Visión",
				"America/Mexico_City", "opticavision.mx");
	}

	@Test
	void interactionsAnswersAndFirstResponseTimes() {
		// given: W = [2026-03-10 00:00, 2026-03-11 00:00) in Mexico City (UTC-6)
		msg("A", "INBOUND", "CUSTOMER", "2026-03-10T09:00:00-06:00");
		msg("A", "OUTBOUND", "BOT", "2026-03-10T09:00:30-06:00"); // answered after 30 s
		msg("B", "INBOUND", "CUSTOMER", "2026-03-10T10:00:00-06:00");
		msg("B", "INBOUND", "CUSTOMER", "2026-03-10T10:05:00-06:00"); // same interaction
		msg("B", "OUTBOUND", "AGENT", "2026-03-10T10:20:00-06:00"); // answered after
																	// 1,200 s, by a human
		msg("C", "INBOUND", "CUSTOMER", "2026-03-09T23:50:00-06:00"); // started the day
																		// before
		msg("C", "INBOUND", "CUSTOMER", "2026-03-10T00:10:00-06:00"); // continues it
																		// across midnight
		msg("D", "INBOUND", "CUSTOMER", "2026-03-10T11:00:00-06:00");
		this.scenario.message(this.brand, "D", "OUTBOUND", "CAMPAIGN", "template", "MARKETING", "Promo",
				"2026-03-10T11:05:00-06:00"); // a campaign send is no answer
		msg("E", "INBOUND", "CUSTOMER", "2026-03-10T12:00:00-06:00");
		msg("E", "OUTBOUND", "BOT", "2026-03-11T12:00:01-06:00"); // more than 24 h later:
																	// no answer

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		Map<String, Object> kpis = this.scenario.kpis("100000000000001", DAY);
		assertThat(kpis).containsEntry("interactions", 4)
			.containsEntry("interactions_answered", 2)
			.containsEntry("interactions_pending", 0)
			.containsEntry("answered_within_1m", 1)
			.containsEntry("answered_within_15m", 1)
			.containsEntry("answered_within_1h", 2)
			.containsEntry("first_response_p50_s", 615) // (30 + 1200) / 2
			.containsEntry("first_response_p90_s", 1083) // 30 + 0.9 * 1170
			.containsEntry("interactions_with_agent", 1)
			.containsEntry("outbound_messages", 3)
			.containsEntry("bi_messages", 0);
	}

	@Test
	void anInteractionStartsAfterExactly24HoursOfSilenceOrAfterAnOutboundMessage() {
		// given
		msg("A", "INBOUND", "CUSTOMER", "2026-03-09T10:00:00-06:00");
		msg("A", "INBOUND", "CUSTOMER", "2026-03-10T10:00:00-06:00"); // exactly 24 h of
																		// silence: a new
																		// one
		msg("B", "INBOUND", "CUSTOMER", "2026-03-09T10:00:01-06:00");
		msg("B", "INBOUND", "CUSTOMER", "2026-03-10T10:00:00-06:00"); // 23:59:59 later:
																		// continues
		msg("C", "INBOUND", "CUSTOMER", "2026-03-10T09:00:00-06:00"); // new
		msg("C", "OUTBOUND", "BOT", "2026-03-10T09:01:00-06:00"); // answers it after 60 s
		msg("C", "INBOUND", "CUSTOMER", "2026-03-10T09:02:00-06:00"); // after an outbound
																		// message: new
		this.scenario.template(this.brand, "C", "MARKETING", "Promo", "2026-03-10T15:00:00-06:00");
		msg("C", "INBOUND", "CUSTOMER", "2026-03-10T15:10:00-06:00"); // after a campaign
																		// send: new as
																		// well

		// when
		this.scenario.compute(DAY, CLOSED);

		// then: A 1 + B 0 + C 3; only C's first is answered (C's second only saw a
		// campaign send)
		assertThat(this.scenario.kpis("100000000000001", DAY)).containsEntry("interactions", 4)
			.containsEntry("interactions_answered", 1)
			.containsEntry("interactions_pending", 0)
			.containsEntry("answered_within_1m", 1)
			.containsEntry("first_response_p50_s", 60)
			.containsEntry("first_response_p90_s", 60);
	}

	@Test
	void anInteractionContinuingPastMidnightBelongsToTheDayItStarted() {
		// given
		msg("A", "INBOUND", "CUSTOMER", "2026-03-10T23:50:00-06:00"); // starts on the
																		// 10th
		msg("A", "INBOUND", "CUSTOMER", "2026-03-11T00:10:00-06:00"); // continues on the
																		// 11th
		msg("A", "OUTBOUND", "AGENT", "2026-03-11T00:15:00-06:00"); // answers after 25
																	// min = 1,500 s

		// when
		this.scenario.compute(DAY, "2026-03-14T00:00:00Z");
		this.scenario.compute("2026-03-11", "2026-03-14T00:00:00Z");

		// then
		assertThat(this.scenario.kpis("100000000000001", DAY)).containsEntry("interactions", 1)
			.containsEntry("interactions_answered", 1)
			.containsEntry("answered_within_15m", 0)
			.containsEntry("answered_within_1h", 1)
			.containsEntry("first_response_p50_s", 1500)
			.containsEntry("interactions_with_agent", 1);
		assertThat(this.scenario.kpis("100000000000001", "2026-03-11")).containsEntry("interactions", 0)
			.containsEntry("interactions_answered", 0)
			.containsEntry("first_response_p50_s", null)
			.containsEntry("interactions_with_agent", 0)
			.containsEntry("outbound_messages", 1);
	}

	@Test
	void answersCountUpToExactly24HoursAfterTheStartAndCampaignSendsAreNoAnswers() {
		// given
		msg("A", "INBOUND", "CUSTOMER", "2026-03-10T08:00:00-06:00");
		msg("A", "OUTBOUND", "BOT", "2026-03-11T08:00:00-06:00"); // exactly 24 h:
																	// answered, 86,400 s
		msg("B", "INBOUND", "CUSTOMER", "2026-03-10T09:00:00-06:00");
		msg("B", "OUTBOUND", "AGENT", "2026-03-11T09:00:01-06:00"); // 24 h + 1 s: not an
																	// answer, nor an
																	// agent
		msg("C", "INBOUND", "CUSTOMER", "2026-03-10T10:00:00-06:00");
		// no answer
		this.scenario.template(this.brand, "C", "MARKETING", "Promo", "2026-03-10T10:01:00-06:00");
		msg("C", "OUTBOUND", "BOT", "2026-03-10T10:30:00-06:00"); // the first answer:
																	// 1,800 s

		// when
		this.scenario.compute(DAY, CLOSED);

		// then: delays {1800, 86400}
		assertThat(this.scenario.kpis("100000000000001", DAY)).containsEntry("interactions", 3)
			.containsEntry("interactions_answered", 2)
			.containsEntry("interactions_pending", 0)
			.containsEntry("answered_within_1m", 0)
			.containsEntry("answered_within_5m", 0)
			.containsEntry("answered_within_15m", 0)
			.containsEntry("answered_within_1h", 1)
			.containsEntry("answered_within_4h", 1)
			.containsEntry("first_response_p50_s", 44100) // (1800 + 86400) / 2
			.containsEntry("first_response_p90_s", 77940) // 1800 + 0.9 * 84600
			.containsEntry("interactions_with_agent", 0);
	}

	@Test
	void unansweredInteractionsWhoseWindowIsStillOpenAtAsOfArePending() {
		// given: as of 2026-03-11 10:00 in Mexico City (16:00Z)
		msg("A", "INBOUND", "CUSTOMER", "2026-03-10T09:00:00-06:00"); // window closed at
																		// 03-11 09:00:
																		// unanswered
		msg("B", "INBOUND", "CUSTOMER", "2026-03-10T10:00:00-06:00"); // closes exactly at
																		// as_of: not
																		// pending
		msg("C", "INBOUND", "CUSTOMER", "2026-03-10T10:00:01-06:00"); // closes 1 s after
																		// as_of: pending
		msg("D", "INBOUND", "CUSTOMER", "2026-03-10T20:00:00-06:00");
		msg("D", "OUTBOUND", "BOT", "2026-03-10T20:05:00-06:00"); // answered: never
																	// pending

		// when
		this.scenario.compute(DAY, "2026-03-11T16:00:00Z");

		// then
		assertThat(this.scenario.kpis("100000000000001", DAY)).containsEntry("interactions", 4)
			.containsEntry("interactions_answered", 1)
			.containsEntry("interactions_pending", 1)
			.containsEntry("answered_within_5m", 1);
	}

	@Test
	void answeredWithinBucketsIncludeTheirBoundaries() {
		// given: ten interactions answered after these delays (s)
		long[] delays = { 60, 61, 300, 301, 900, 901, 3600, 3601, 14400, 14401 };
		answerAfter(delays);

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(this.scenario.kpis("100000000000001", DAY)).containsEntry("interactions", 10)
			.containsEntry("interactions_answered", 10)
			.containsEntry("answered_within_1m", 1) // 60
			.containsEntry("answered_within_5m", 3) // 60, 61, 300
			.containsEntry("answered_within_15m", 5) // ... 301, 900
			.containsEntry("answered_within_1h", 7) // ... 901, 3600
			.containsEntry("answered_within_4h", 9) // ... 3601, 14400
			.containsEntry("first_response_p50_s", 901) // 900 + 0.5 * 1 = 900.5, rounded
														// half up
			.containsEntry("first_response_p90_s", 14400); // position 8.1: 14400 + 0.1 *
															// 1 = 14400.1
	}

	@Test
	void firstResponsePercentilesOfAnOddCountInterpolate() {
		// given
		answerAfter(10, 20, 100);

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(this.scenario.kpis("100000000000001", DAY)).containsEntry("first_response_p50_s", 20)
			.containsEntry("first_response_p90_s", 84); // position 1.8: 20 + 0.8 * 80
	}

	@Test
	void firstResponsePercentilesRoundHalfSecondsUp() {
		// given
		answerAfter(10, 15);

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(this.scenario.kpis("100000000000001", DAY)).containsEntry("first_response_p50_s", 13) // 12.5
			.containsEntry("first_response_p90_s", 15); // 10 + 0.9 * 5 = 14.5
	}

	@Test
	void interactionsWithAgentNeedAnAgentMessageWithin24HoursOfTheirStart() {
		// given
		msg("A", "INBOUND", "CUSTOMER", "2026-03-10T09:00:00-06:00");
		msg("A", "OUTBOUND", "BOT", "2026-03-10T09:01:00-06:00"); // first answer, 60 s
		msg("A", "OUTBOUND", "AGENT", "2026-03-10T09:30:00-06:00"); // a human joins: with
																	// agent
		msg("B", "INBOUND", "CUSTOMER", "2026-03-10T10:00:00-06:00");
		msg("B", "OUTBOUND", "AGENT", "2026-03-11T10:00:00-06:00"); // exactly 24 h:
																	// answer and agent,
																	// 86,400 s
		msg("C", "INBOUND", "CUSTOMER", "2026-03-10T11:00:00-06:00");
		msg("C", "OUTBOUND", "BOT", "2026-03-10T11:01:00-06:00"); // 60 s
		msg("C", "OUTBOUND", "AGENT", "2026-03-11T11:00:01-06:00"); // too late for an
																	// agent
		msg("D", "INBOUND", "CUSTOMER", "2026-03-10T12:00:00-06:00"); // never answered
		msg("E", "INBOUND", "CUSTOMER", "2026-03-10T13:00:00-06:00"); // E1
		msg("E", "OUTBOUND", "BOT", "2026-03-10T13:01:00-06:00"); // answers E1 after 60 s
		msg("E", "INBOUND", "CUSTOMER", "2026-03-10T13:05:00-06:00"); // E2, after an
																		// outbound
																		// message
		msg("E", "OUTBOUND", "AGENT", "2026-03-10T13:10:00-06:00"); // answers E2 after
																	// 300 s; in both
																	// windows

		// when
		this.scenario.compute(DAY, CLOSED);

		// then: delays {60, 86400, 60, 60, 300}
		assertThat(this.scenario.kpis("100000000000001", DAY)).containsEntry("interactions", 6)
			.containsEntry("interactions_answered", 5)
			.containsEntry("answered_within_1m", 3)
			.containsEntry("answered_within_5m", 4)
			.containsEntry("answered_within_4h", 4)
			.containsEntry("first_response_p50_s", 60)
			.containsEntry("first_response_p90_s", 51960) // position 3.6: 300 + 0.6 *
															// 86100
			.containsEntry("interactions_with_agent", 4); // A, B, E1, E2
	}

	@Test
	void aThreadBelongsToOneConnectionSoAnotherNumbersMessagesNeitherAnswerNorContinueIt() {
		// given: the same customer writes to two numbers of the brand
		long other = this.scenario.connection("100000000000002", "200000000000001", "5215587654321",
				"Óptica Visión Norte", "America/Mexico_City");
		msg("A", "INBOUND", "CUSTOMER", "2026-03-10T09:00:00-06:00"); // starts an
																		// interaction
																		// here
		// the other number
		this.scenario.outbound(other, "A", "AGENT", "Hola", "2026-03-10T09:01:00-06:00");
		// starts one there
		this.scenario.inbound(other, "A", "hola", "2026-03-10T09:02:00-06:00");
		msg("A", "INBOUND", "CUSTOMER", "2026-03-10T09:03:00-06:00"); // continues the one
																		// here

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(this.scenario.kpis("100000000000001", DAY)).containsEntry("interactions", 1)
			.containsEntry("interactions_answered", 0)
			.containsEntry("interactions_with_agent", 0);
		assertThat(this.scenario.kpis("100000000000002", DAY)).containsEntry("interactions", 1)
			.containsEntry("interactions_answered", 0)
			.containsEntry("outbound_messages", 1);
	}

	@Test
	void messagesOfTheSameInstantFollowEachOtherInIdOrderButAnAnswerComesAfterTheStart() {
		// given: a bot message and then a customer's, in the same instant: the customer's
		// follows an outbound message, so it starts an interaction
		msg("A", "OUTBOUND", "BOT", "2026-03-10T09:00:00-06:00");
		msg("A", "INBOUND", "CUSTOMER", "2026-03-10T09:00:00-06:00");
		// an agent message in that same instant is no answer (answers come in (start,
		// start + A]); the one a second later is
		msg("A", "OUTBOUND", "AGENT", "2026-03-10T09:00:00-06:00");
		msg("A", "OUTBOUND", "AGENT", "2026-03-10T09:00:01-06:00");
		// a customer's two messages in one instant: one interaction
		msg("B", "INBOUND", "CUSTOMER", "2026-03-10T10:00:00-06:00");
		msg("B", "INBOUND", "CUSTOMER", "2026-03-10T10:00:00-06:00");

		// when
		this.scenario.compute(DAY, CLOSED);

		// then
		assertThat(this.scenario.kpis("100000000000001", DAY)).containsEntry("interactions", 2)
			.containsEntry("interactions_answered", 1)
			.containsEntry("answered_within_1m", 1)
			.containsEntry("first_response_p50_s", 1)
			.containsEntry("interactions_with_agent", 1);
	}

	/**
	 * One customer per delay, each writing at the next full hour from 06:00 and answered
	 * by a bot that long after.
	 */
	private void answerAfter(long... delaySeconds) {
		OffsetDateTime start = OffsetDateTime.parse("2026-03-10T06:00:00-06:00");
		for (int i = 0; i < delaySeconds.length; i++) {
			OffsetDateTime asked = start.plusHours(i);
			msg("customer" + i, "INBOUND", "CUSTOMER", asked.toString());
			msg("customer" + i, "OUTBOUND", "BOT", asked.plusSeconds(delaySeconds[i]).toString());
		}
	}

	private void msg(String customer, String direction, String senderType, String createdAt) {
		this.scenario.message(this.brand, customer, direction, senderType, createdAt);
	}

}
