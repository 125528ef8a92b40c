package io.wascorecards.demo;

import java.util.SplittableRandom;

/**
 * How a brand behaves on WhatsApp: who answers and how fast, how often customers ask for
 * a person, how much it campaigns, what it links to, how often its messages fail, and how
 * much trouble Meta reports about it.
 *
 * @param botShare share of customer conversations a bot answers first
 * @param unanswered share of customer conversations nobody answers
 * @param lateAnswer share of agent answers that come after more than 24 hours
 * @param agentMedianSeconds the median delay of an agent's first answer in office hours
 * @param nightAgents whether agents answer at night too
 * @param escalation share of bot conversations an agent joins without being asked
 * @param humanRequest share of customer conversations with a request for a person
 * @param humanFulfil share of those requests an agent follows up
 * @param campaignShare share of conversations that are marketing campaign sends
 * @param campaignReply share of campaign sends the customer replies to
 * @param otpShare share of conversations that are one-time passwords
 * @param brandInTemplate share of marketing templates that name the brand
 * @param linkRate share of bot and agent texts with a link
 * @param externalShare share of those links that leave WhatsApp for another site
 * @param foreignShare share of those links to another WhatsApp number or group
 * @param failure share of service messages that fail
 * @param campaignFailure share of campaign sends that fail
 * @param trouble 0 clean, 1 some template and quality events, 2 sanctions and red quality
 */
record Behaviour(double botShare, double unanswered, double lateAnswer, int agentMedianSeconds, boolean nightAgents,
		double escalation, double humanRequest, double humanFulfil, double campaignShare, double campaignReply,
		double otpShare, double brandInTemplate, double linkRate, double externalShare, double foreignShare,
		double failure, double campaignFailure, int trouble) {

	static final Behaviour EXEMPLARY = new Behaviour(0.70, 0.02, 0.005, 90, true, 0.25, 0.08, 0.98, 0.20, 0.80, 0.05,
			0.97, 0.15, 0.03, 0.0, 0.005, 0.01, 0);

	static final Behaviour SLOW_NIGHTS = new Behaviour(0.30, 0.10, 0.03, 900, false, 0.30, 0.10, 0.85, 0.30, 0.60, 0.03,
			0.85, 0.15, 0.08, 0.0, 0.01, 0.03, 0);

	static final Behaviour LINK_HEAVY = new Behaviour(0.60, 0.05, 0.01, 300, true, 0.20, 0.07, 0.90, 0.35, 0.55, 0.02,
			0.60, 0.45, 0.55, 0.08, 0.01, 0.03, 1);

	static final Behaviour CAMPAIGN_HEAVY = new Behaviour(0.50, 0.08, 0.02, 600, false, 0.15, 0.06, 0.80, 0.70, 0.18,
			0.02, 0.50, 0.25, 0.20, 0.01, 0.015, 0.09, 1);

	static final Behaviour BOT_ONLY = new Behaviour(1.0, 0.15, 0.02, 3600, false, 0.0, 0.18, 0.10, 0.50, 0.25, 0.03,
			0.40, 0.30, 0.35, 0.05, 0.02, 0.12, 2);

	static final Behaviour GOOD = new Behaviour(0.55, 0.04, 0.01, 240, false, 0.25, 0.08, 0.95, 0.30, 0.70, 0.04, 0.92,
			0.12, 0.05, 0.0, 0.008, 0.02, 0);

	static final Behaviour SMALL_SHOP = new Behaviour(0.0, 0.18, 0.05, 1800, false, 0.0, 0.05, 0.90, 0.10, 0.60, 0.0,
			0.90, 0.10, 0.20, 0.02, 0.01, 0.03, 0);

	private static final Behaviour[] FIRST = { EXEMPLARY, SLOW_NIGHTS, LINK_HEAVY, CAMPAIGN_HEAVY, BOT_ONLY, GOOD,
			SMALL_SHOP };

	/**
	 * The behaviour of the connection with this index: fixed for the first few (so that a
	 * small demo shows every story), then drawn from a mix of profiles with a little
	 * variation.
	 * @param index the connection's index
	 * @return its behaviour
	 */
	static Behaviour of(int index) {
		if (index < FIRST.length) {
			return FIRST[index];
		}
		SplittableRandom random = new SplittableRandom(Ids.mix(index, 0xBE4A));
		double p = random.nextDouble();
		Behaviour base = (p < 0.45) ? GOOD : (p < 0.60) ? EXEMPLARY : (p < 0.75) ? SLOW_NIGHTS
				: (p < 0.83) ? LINK_HEAVY : (p < 0.91) ? CAMPAIGN_HEAVY : (p < 0.97) ? SMALL_SHOP : BOT_ONLY;
		int trouble = (index % 20 == 4) ? 2
				: (index % 20 == 9 || index % 20 == 14) ? Math.max(1, base.trouble) : base.trouble;
		return base.varied(random, trouble);
	}

	private Behaviour varied(SplittableRandom random, int trouble) {
		return new Behaviour(vary(random, this.botShare), vary(random, this.unanswered), vary(random, this.lateAnswer),
				(int) Math.round(this.agentMedianSeconds * (0.6 + 0.8 * random.nextDouble())), this.nightAgents,
				vary(random, this.escalation), vary(random, this.humanRequest), vary(random, this.humanFulfil),
				vary(random, this.campaignShare), vary(random, this.campaignReply), vary(random, this.otpShare),
				vary(random, this.brandInTemplate), vary(random, this.linkRate), vary(random, this.externalShare),
				vary(random, this.foreignShare), vary(random, this.failure), vary(random, this.campaignFailure),
				trouble);
	}

	private static double vary(SplittableRandom random, double value) {
		return Math.min(1.0, value * (0.8 + 0.4 * random.nextDouble()));
	}

}
