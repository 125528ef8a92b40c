package io.wascorecards.demo;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Simulates one business day of one connection: conversations until its share of the
 * day's messages is reached, spread over the local hours (busy at midday and in the
 * evening, some at night), then the day's other webhooks and quality snapshots, all in
 * time order.
 */
final class DaySimulator {

	/** Relative traffic of customer conversations per local hour. */
	private static final double[] HOURLY = { 0.6, 0.35, 0.2, 0.12, 0.1, 0.15, 0.4, 1.0, 2.2, 3.6, 4.6, 5.0, 5.2, 4.8,
			4.4, 4.5, 4.6, 4.8, 5.0, 5.3, 5.1, 4.2, 2.8, 1.4 };

	private static final double[] CUMULATIVE = new double[24];

	private static final Comparator<Msg> BY_TIME = Comparator.comparingLong((msg) -> msg.at);

	private static final Comparator<Webhook> BY_RECEIPT = Comparator.comparingLong((webhook) -> webhook.receivedAt);

	static {
		double sum = 0;
		for (int hour = 0; hour < 24; hour++) {
			sum += HOURLY[hour];
			CUMULATIVE[hour] = sum;
		}
		for (int hour = 0; hour < 24; hour++) {
			CUMULATIVE[hour] /= sum;
		}
	}

	private DaySimulator() {
	}

	/**
	 * The rows of one connection's day, sorted by time.
	 * @param brand the connection
	 * @param connectionId its {@code wa_connection.id}
	 * @param date the business day
	 * @param seed the request's seed
	 * @param quota how many messages to generate (conversations that start this day and
	 * run into the next count here)
	 * @param customers how many customers the brand has
	 * @param connections how many connections are generated
	 * @param lastDay whether it is the last day generated, when one brand in fifty (the
	 * sixth first) blasts an old list
	 * @return the day
	 */
	static ConnectionDay simulate(Brand brand, long connectionId, LocalDate date, long seed, int quota, int customers,
			int connections, boolean lastDay) {
		ConnectionDay day = new ConnectionDay(brand, connectionId, date, seed, customers,
				lastDay && brand.index() % 50 == 5);
		Behaviour behaviour = brand.behaviour();
		Replies replies = new Replies(day);
		Conversations conversations = new Conversations(day, replies);
		Campaigns campaigns = new Campaigns(day, replies);
		int[] campaignHours = { 10 + day.random.nextInt(3), 17 + day.random.nextInt(3) };
		int campaignSlots = day.chance(0.5) ? 2 : 1;
		while (day.messages.size() < quota) {
			double kind = day.random.nextDouble();
			if (kind < behaviour.campaignShare()) {
				long slot = day.hourStart(campaignHours[day.random.nextInt(campaignSlots)]);
				campaigns.campaign(slot + day.seconds(0, 25 * 60));
			}
			else if (kind < behaviour.campaignShare() + behaviour.otpShare()) {
				campaigns.otp(day.inHour(hour(day)));
			}
			else {
				conversations.service(day.inHour(hour(day)));
			}
		}
		if (brand.weight() > 0) {
			WabaEvents.daily(day, connections);
		}
		snapshots(day, customers);
		day.messages.sort(BY_TIME);
		day.webhooks.sort(BY_RECEIPT);
		return day;
	}

	private static int hour(ConnectionDay day) {
		double p = day.random.nextDouble();
		for (int hour = 0; hour < 23; hour++) {
			if (p < CUMULATIVE[hour]) {
				return hour;
			}
		}
		return 23;
	}

	private static void snapshots(ConnectionDay day, int customers) {
		int trouble = day.behaviour.trouble();
		String tier = (customers < 100) ? "TIER_250" : (customers < 1000) ? "TIER_1K"
				: (customers < 10000) ? "TIER_10K" : (customers < 100000) ? "TIER_100K" : "TIER_UNLIMITED";
		int count = day.chance(0.4) ? 2 : 1;
		for (int i = 0; i < count; i++) {
			long at = day.hourStart((i == 0) ? 6 : 18) + day.seconds(0, 1800);
			double p = day.random.nextDouble();
			String rating;
			if (day.brand.weight() == 0 && p < 0.5) {
				rating = "NA";
			}
			else if (p < 0.003) {
				rating = "UNKNOWN";
			}
			else if (p < 0.006) {
				rating = "NA";
			}
			else {
				double green = (trouble == 2) ? 0.3 : (trouble == 1) ? 0.75 : 0.97;
				double yellow = (trouble == 2) ? 0.7 : (trouble == 1) ? 0.95 : 0.995;
				rating = (p < green) ? "GREEN" : (p < yellow) ? "YELLOW" : "RED";
			}
			day.snapshots.add(new ConnectionDay.Snapshot(at, rating, day.chance(0.01) ? null : tier));
		}
	}

}
