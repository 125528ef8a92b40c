package io.wascorecards.demo;

import java.util.Locale;

import io.wascorecards.demo.Msg.Sender;

/**
 * Business-initiated sends: marketing templates (naming the brand or not, about what it
 * sells or, for a few brands, about something else; some with a link; most never replied
 * to, a few answered with a stop or a complaint, and some of those stopped sent marketing
 * again) and one-time passwords.
 */
final class Campaigns {

	/** The share of replies that stop marketing messages, by the brand's trouble. */
	private static final double[] STOP_REPLIES = { 0.002, 0.01, 0.06 };

	/** The share of replies that are a typed stop word, by the brand's trouble. */
	private static final double[] STOP_WORDS = { 0.002, 0.005, 0.04 };

	/** The share of replies that report spam or deception, by the brand's trouble. */
	private static final double[] COMPLAINTS = { 0.004, 0.03, 0.12 };

	/**
	 * The share of customers who stop marketing by its button and resume it within a day.
	 */
	private static final double RESUMES = 0.15;

	/** The share of stopped customers sent marketing again, by the brand's trouble. */
	private static final double[] IGNORED_STOPS = { 0.0, 0.25, 0.6 };

	private final ConnectionDay day;

	private final Phrases phrases;

	private final Behaviour behaviour;

	private final Replies replies;

	private final String brandName;

	private final String plainBrandName;

	Campaigns(ConnectionDay day, Replies replies) {
		this.day = day;
		this.phrases = day.phrases;
		this.behaviour = day.behaviour;
		this.replies = replies;
		this.brandName = day.brand.brandName();
		this.plainBrandName = BrandCatalogue.plain(this.brandName);
	}

	/**
	 * A marketing template to a customer, who may reply.
	 * @param start when it is sent
	 */
	void campaign(long start) {
		ConnectionDay d = this.day;
		Customer customer = d.customer();
		String brand;
		String[] templates = this.phrases.marketing();
		if (d.chance(offPurposeShare(d.brand))) {
			brand = this.brandName;
			templates = this.phrases.offPurpose();
		}
		else if (!d.blast && d.chance(this.behaviour.brandInTemplate())) {
			double variant = d.random.nextDouble();
			brand = (variant < 0.7) ? this.brandName : (variant < 0.85) ? this.plainBrandName.toUpperCase(Locale.ROOT)
					: this.plainBrandName.toLowerCase(Locale.ROOT);
		}
		else if (d.chance(0.5)) {
			brand = BrandCatalogue.shortName(this.brandName);
		}
		else {
			brand = null;
			templates = this.phrases.marketingUnbranded();
		}
		String template = d.pick(templates);
		int bar = template.indexOf('|');
		String body = String.format(Locale.ROOT, template.substring(bar + 1), brand, d.brand.offer());
		if (d.chance(this.behaviour.linkRate())) {
			body = body + " " + Links.link(d.random, d.brand);
		}
		Msg send = d.outbound(start, customer, Sender.CAMPAIGN, "template", template.substring(0, bar), "MARKETING",
				body, false);
		WabaEvents.maybePreference(d, start, customer);
		if (!d.chance(this.behaviour.campaignReply())) {
			return;
		}
		long t = start
				+ (d.chance(0.07) ? Replies.DAY + d.seconds(60, 36000) : Math.max(20_000, d.lognormal(1500, 1.2)));
		int trouble = this.behaviour.trouble();
		if (d.chance(STOP_REPLIES[trouble])) {
			d.inbound(t, customer, "button", this.phrases.stopReply(), send);
			WabaEvents.preference(d, t + d.seconds(1, 5), customer, "stop");
			if (d.chance(RESUMES)) {
				WabaEvents.preference(d, t + d.seconds(3600, 20 * 3600), customer, "resume");
			}
			else {
				marketingAfterStop(t, customer, StatusPlanner.MARKETING_STOPPED);
			}
			return;
		}
		if (d.chance(STOP_WORDS[trouble])) {
			d.inbound(t, customer, "text", d.pick(this.phrases.stopWords()), null);
			marketingAfterStop(t, customer, 0);
			return;
		}
		if (d.chance(COMPLAINTS[trouble])) {
			d.inbound(t, customer, "text", d.pick(this.phrases.complaints()), null);
			return;
		}
		if (d.chance(0.6)) {
			d.inbound(t, customer, "button", d.pick(this.phrases.campaignReplies()), send);
		}
		else {
			d.inbound(t, customer, "text", d.pick(this.phrases.openings()), null);
		}
		if (!d.chance(1 - 2 * this.behaviour.unanswered())) {
			return;
		}
		if (d.chance(this.behaviour.botShare())) {
			t += d.seconds(1, 8);
			this.replies.botAnswer(t, customer);
			if (d.chance(this.behaviour.escalation())) {
				this.replies.agentThread(t, customer);
			}
		}
		else {
			this.replies.agentThread(t, customer);
		}
	}

	/**
	 * A brand that does not keep a stop may send the customer marketing again within
	 * hours: Meta refuses it after a stop by the marketing preference, but not after a
	 * typed stop word.
	 * @param stopped when the customer stopped
	 * @param customer who stopped
	 * @param error the error Meta fails the send with, or 0
	 */
	private void marketingAfterStop(long stopped, Customer customer, int error) {
		ConnectionDay d = this.day;
		if (!d.chance(IGNORED_STOPS[this.behaviour.trouble()])) {
			return;
		}
		String template = d.pick(this.phrases.marketing());
		int bar = template.indexOf('|');
		d.outbound(stopped + d.seconds(3600, 8 * 3600), customer, Sender.CAMPAIGN, "template",
				template.substring(0, bar), "MARKETING",
				String.format(Locale.ROOT, template.substring(bar + 1), this.brandName, d.brand.offer()), error);
	}

	/**
	 * The share of a brand's campaigns about something it does not sell: a few brands
	 * promote crypto or betting.
	 * @param brand the brand
	 * @return 0 for most brands
	 */
	private static double offPurposeShare(Brand brand) {
		int kind = brand.index() % 20;
		return (kind == 2) ? 0.35 : (kind == 4) ? 0.6 : 0;
	}

	/**
	 * A one-time password.
	 * @param start when it is sent
	 */
	void otp(long start) {
		ConnectionDay d = this.day;
		String template = this.phrases.otp();
		int bar = template.indexOf('|');
		String code = String.format(Locale.ROOT, "%06d", d.random.nextInt(1_000_000));
		d.outbound(start, d.customer(), Sender.BOT, "template", template.substring(0, bar), "AUTHENTICATION",
				d.text(template.substring(bar + 1), code), false);
	}

}
