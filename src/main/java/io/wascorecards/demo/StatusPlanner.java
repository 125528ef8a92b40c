package io.wascorecards.demo;

import io.wascorecards.demo.Webhook.Kind;

/**
 * The status webhooks Meta sends for an outbound message: sent, delivered and (often)
 * read, or failed with a real error code; each received shortly after its timestamp, a
 * few hours late now and then, and a small share twice.
 */
final class StatusPlanner {

	/**
	 * Error codes of campaign sends, with their cumulative shares: many ecosystem limits
	 * and opt-outs.
	 */
	private static final int[] CAMPAIGN_ERRORS = { 131049, 131026, 131050, 131048, 130472, 131000, 131051 };

	private static final double[] CAMPAIGN_SHARES = { 0.35, 0.60, 0.75, 0.85, 0.90, 0.95, 1.0 };

	/**
	 * Error codes of a clean brand's campaign sends: mostly numbers that cannot be
	 * reached.
	 */
	private static final int[] CLEAN_CAMPAIGN_ERRORS = { 131026, 131000, 130472, 131051, 131049, 131050, 131048 };

	private static final double[] CLEAN_CAMPAIGN_SHARES = { 0.60, 0.70, 0.80, 0.85, 0.95, 0.98, 1.0 };

	private static final int[] SERVICE_ERRORS = { 131026, 131000, 131051 };

	private static final double[] SERVICE_SHARES = { 0.6, 0.9, 1.0 };

	/** Meta's refusal of a free-form message sent outside the customer's 24 hours. */
	static final int OUTSIDE_WINDOW = 131047;

	/** Meta's refusal of marketing to a customer who stopped it. */
	static final int MARKETING_STOPPED = 131050;

	/** The share of campaign sends that fail on a blast day. */
	private static final double BLAST_FAILURE = 0.4;

	static final double LATE = 0.005;

	static final double DUPLICATE = 0.015;

	private StatusPlanner() {
	}

	/**
	 * Plans the statuses of an outbound message.
	 * @param day the connection's day
	 * @param msg the message
	 * @param forcedError the error Meta fails it with whatever happens (a free-form
	 * message outside the customer's 24 hours, marketing to a customer who stopped it),
	 * or 0
	 */
	static void plan(ConnectionDay day, Msg msg, int forcedError) {
		int error = forcedError;
		if (error == 0 && msg.sender == Msg.Sender.CAMPAIGN) {
			if (day.chance(day.blast ? BLAST_FAILURE : day.behaviour.campaignFailure())) {
				error = (day.behaviour.trouble() == 0 && !day.blast)
						? pick(day, CLEAN_CAMPAIGN_ERRORS, CLEAN_CAMPAIGN_SHARES)
						: pick(day, CAMPAIGN_ERRORS, CAMPAIGN_SHARES);
			}
		}
		else if (error == 0
				&& day.chance("AUTHENTICATION".equals(msg.templateCategory) ? 0.02 : day.behaviour.failure())) {
			error = pick(day, SERVICE_ERRORS, SERVICE_SHARES);
		}
		long sent = msg.at + 200 + day.random.nextInt(2300);
		if (error != 0) {
			if (day.chance(0.3)) {
				add(day, Kind.SENT, msg, sent, 0);
			}
			add(day, Kind.FAILED, msg, sent + day.random.nextInt(3000), error);
			return;
		}
		add(day, Kind.SENT, msg, sent, 0);
		if (!day.chance(0.965)) {
			return;
		}
		long delivered = sent + (day.chance(0.88) ? 300 + day.random.nextInt(4700)
				: Math.min(day.lognormal(2400, 1.2), 20 * ConnectionDay.HOUR));
		add(day, Kind.DELIVERED, msg, delivered, 0);
		boolean campaign = msg.sender == Msg.Sender.CAMPAIGN;
		double read = campaign ? 0.55 : (msg.templateCategory != null) ? 0.8 : 0.9;
		if (day.chance(read)) {
			add(day, Kind.READ, msg, delivered + (campaign ? day.lognormal(2700, 1.3) : day.lognormal(40, 1.5)), 0);
		}
	}

	private static void add(ConnectionDay day, Kind kind, Msg msg, long at, int error) {
		long received = at + 50 + day.random.nextInt(1500);
		if (day.chance(LATE)) {
			received += ConnectionDay.HOUR + day.random.nextLong(9 * ConnectionDay.HOUR);
		}
		Webhook webhook = Webhook.status(received, kind, msg, at / 1000, error);
		day.webhooks.add(webhook);
		if (day.chance(DUPLICATE)) {
			day.webhooks.add(webhook.redelivered(received + day.seconds(1, 600)));
		}
	}

	private static int pick(ConnectionDay day, int[] codes, double[] cumulativeShares) {
		double p = day.random.nextDouble();
		for (int i = 0; i < codes.length; i++) {
			if (p < cumulativeShares[i]) {
				return codes[i];
			}
		}
		return codes[codes.length - 1];
	}

}
