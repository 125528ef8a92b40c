package io.wascorecards.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The rows of one connection's business day while they are being made: messages, webhooks
 * and quality snapshots, with the day's random source (seeded from the request's seed,
 * the connection and the date only, so that the result depends on nothing else) and its
 * local clock.
 */
final class ConnectionDay {

	static final long SECOND = 1000;

	static final long HOUR = 3600 * SECOND;

	final Brand brand;

	final long connectionId;

	final Phrases phrases;

	final Behaviour behaviour;

	final SplittableRandom random;

	final long epochDay;

	final long startMs;

	/**
	 * Messages at or after this instant (the start of the day after next) are left out.
	 */
	final long limitMs;

	private final long[] hourStartMs = new long[24];

	private final int customers;

	/**
	 * Whether the brand blasts an old list with unbranded campaigns this day, many of
	 * which fail: the sharp change of its alerts.
	 */
	final boolean blast;

	final List<Msg> messages = new ArrayList<>();

	final List<Webhook> webhooks = new ArrayList<>();

	final List<Snapshot> snapshots = new ArrayList<>(2);

	private int sequence;

	ConnectionDay(Brand brand, long connectionId, LocalDate date, long seed, int customers, boolean blast) {
		this.blast = blast;
		this.brand = brand;
		this.connectionId = connectionId;
		this.phrases = Phrases.of(brand.locale());
		this.behaviour = brand.behaviour();
		this.epochDay = date.toEpochDay();
		this.random = new SplittableRandom(Ids.mix(seed, brand.index(), this.epochDay));
		this.customers = Math.max(1, customers);
		for (int hour = 0; hour < 24; hour++) {
			this.hourStartMs[hour] = ZonedDateTime.of(date, LocalTime.of(hour, 0), brand.zone())
				.toInstant()
				.toEpochMilli();
		}
		this.startMs = date.atStartOfDay(brand.zone()).toInstant().toEpochMilli();
		this.limitMs = date.plusDays(2).atStartOfDay(brand.zone()).toInstant().toEpochMilli();
	}

	/**
	 * A random instant within a local hour of the day.
	 * @param hour 0 to 23, local time
	 * @return epoch milliseconds
	 */
	long inHour(int hour) {
		return this.hourStartMs[hour] + this.random.nextLong(HOUR);
	}

	long hourStart(int hour) {
		return this.hourStartMs[hour];
	}

	/**
	 * The local hour of an instant of this day or the next ones (daylight-saving shifts
	 * aside).
	 * @param at epoch milliseconds
	 * @return 0 to 23
	 */
	int localHour(long at) {
		return (int) (Math.floorDiv(at - this.startMs, HOUR) % 24 + 24) % 24;
	}

	Customer customer() {
		return Customer.of(this.brand, this.random.nextInt(this.customers));
	}

	/**
	 * A random delay.
	 * @param min the shortest, in seconds
	 * @param max the longest, in seconds
	 * @return milliseconds
	 */
	long seconds(double min, double max) {
		return (long) ((min + this.random.nextDouble() * (max - min)) * SECOND);
	}

	/**
	 * A log-normal delay: most near the median, a long tail.
	 * @param medianSeconds the median
	 * @param sigma the spread
	 * @return milliseconds
	 */
	long lognormal(double medianSeconds, double sigma) {
		return (long) (medianSeconds * Math.exp(sigma * this.random.nextGaussian()) * SECOND);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	String pick(String[] choices) {
		return Phrases.pick(this.random, choices);
	}

	/**
	 * A text of this brand.
	 * @param format a format of {@link Phrases}
	 * @param second the value of {@code %2$s}
	 * @return the text with the brand's name and the value
	 */
	String text(String format, String second) {
		return String.format(Locale.ROOT, format, this.brand.brandName(), second);
	}

	Msg inbound(long at, Customer customer, String type, String body, Msg context) {
		if (at >= this.limitMs) {
			return null;
		}
		Msg msg = new Msg(at, customer, Msg.Sender.CUSTOMER, type, null, null, body, wamid(customer, false), context);
		this.messages.add(msg);
		this.webhooks.add(Webhook.inbound(at + 80 + this.random.nextInt(1500), msg));
		return msg;
	}

	Msg outbound(long at, Customer customer, Msg.Sender sender, String type, String body) {
		return outbound(at, customer, sender, type, null, null, body, false);
	}

	Msg outbound(long at, Customer customer, Msg.Sender sender, String type, String templateName,
			String templateCategory, String body, boolean outsideWindow) {
		return outbound(at, customer, sender, type, templateName, templateCategory, body,
				outsideWindow ? StatusPlanner.OUTSIDE_WINDOW : 0);
	}

	/**
	 * An outbound message.
	 * @param at when it is sent
	 * @param customer to whom
	 * @param sender who sends it
	 * @param type its Cloud API type
	 * @param templateName for templates
	 * @param templateCategory for templates
	 * @param body its text
	 * @param error the error code Meta fails it with, or 0 for the usual statuses
	 * @return the message, or null when it falls after the day's limit
	 */
	Msg outbound(long at, Customer customer, Msg.Sender sender, String type, String templateName,
			String templateCategory, String body, int error) {
		if (at >= this.limitMs) {
			return null;
		}
		Msg msg = new Msg(at, customer, sender, type, templateName, templateCategory, body, wamid(customer, true),
				null);
		this.messages.add(msg);
		StatusPlanner.plan(this, msg, error);
		return msg;
	}

	/**
	 * A message that is not in {@code wa_message}: the target of statuses for unknown
	 * wamids.
	 * @param at when it was sent
	 * @return the message
	 */
	Msg unknownMessage(long at) {
		Customer customer = customer();
		String wamid = Ids.wamid(this.brand.index(), this.epochDay, 0xFFFFFF - this.random.nextInt(0xFFFF),
				customer.waId(), true);
		return new Msg(at, customer, Msg.Sender.BOT, "text", null, null, null, wamid, null);
	}

	private String wamid(Customer customer, boolean outbound) {
		return Ids.wamid(this.brand.index(), this.epochDay, this.sequence++, customer.waId(), outbound);
	}

	/**
	 * A {@code wa_quality_snapshot} row.
	 *
	 * @param capturedAt epoch milliseconds
	 * @param rating the quality rating
	 * @param tier the messaging limit tier, or null
	 */
	record Snapshot(long capturedAt, String rating, String tier) {

	}

}
