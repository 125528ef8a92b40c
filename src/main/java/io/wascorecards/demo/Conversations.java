package io.wascorecards.demo;

import java.util.Locale;

import io.wascorecards.demo.Msg.Sender;

/**
 * The conversations of a connection's day: customers writing in (answered by a bot, an
 * agent, both or nobody), marketing campaign sends and one-time passwords.
 */
final class Conversations {

	private static final long DAY = 24 * ConnectionDay.HOUR;

	private final ConnectionDay day;

	private final Phrases phrases;

	private final Behaviour behaviour;

	private final String brandName;

	Conversations(ConnectionDay day) {
		this.day = day;
		this.phrases = day.phrases;
		this.behaviour = day.behaviour;
		this.brandName = day.brand.brandName();
	}

	/**
	 * A customer writes in.
	 * @param start when
	 */
	void service(long start) {
		ConnectionDay d = this.day;
		Customer customer = d.customer();
		boolean asksHuman = d.chance(this.behaviour.humanRequest());
		boolean askedFirst = asksHuman && d.chance(0.3);
		long t = start;
		double opening = d.random.nextDouble();
		if (askedFirst) {
			d.inbound(t, customer, "text", pick(this.phrases.humanRequests()), null);
		}
		else if (opening < 0.05) {
			d.inbound(t, customer, "image", null, null);
		}
		else {
			d.inbound(t, customer, "text", pick((opening < 0.12) ? this.phrases.nearMisses() : this.phrases.openings()),
					null);
		}
		if (d.chance(0.2)) {
			t += d.seconds(5, 90);
			d.inbound(t, customer, "text", pick(this.phrases.openings()), null);
		}
		int hour = d.localHour(t);
		boolean night = hour >= 21 || hour < 8;
		boolean lonely = night && !this.behaviour.nightAgents() && this.behaviour.botShare() < 0.5;
		if (d.chance(this.behaviour.unanswered() * (lonely ? 2.5 : 1))) {
			if (d.chance(0.35)) {
				afterSilence(t, customer);
			}
			return;
		}
		boolean agent;
		if (d.chance(this.behaviour.botShare())) {
			t += d.seconds(1, 12);
			Msg menu = d.outbound(t, customer, Sender.BOT, "interactive", format(pick(this.phrases.menu()), null));
			String[] options = this.phrases.menuOptions();
			if (asksHuman && !askedFirst && d.chance(0.4)) {
				t += d.seconds(8, 90);
				d.inbound(t, customer, "interactive", options[options.length - 1], menu);
				askedFirst = true;
			}
			else if (d.chance(0.75)) {
				t += d.seconds(8, 120);
				d.inbound(t, customer, "interactive", options[d.random.nextInt(options.length - 1)], menu);
				t += d.seconds(1, 5);
				botAnswer(t, customer);
				if (d.chance(0.5)) {
					t += d.seconds(1, 3);
					d.outbound(t, customer, Sender.BOT, "interactive", format(pick(this.phrases.menu()), null));
				}
			}
			if (asksHuman && !askedFirst) {
				t += d.seconds(20, 400);
				d.inbound(t, customer, "text", pick(this.phrases.humanRequests()), null);
			}
			if (asksHuman) {
				t += d.seconds(1, 4);
				agent = d.chance(this.behaviour.humanFulfil());
				if (agent) {
					d.outbound(t, customer, Sender.BOT, "text", format(pick(this.phrases.handoff()), null));
				}
				else if (d.chance(0.7)) {
					d.outbound(t, customer, Sender.BOT, "text", format(pick(this.phrases.noAgents()), null));
				}
			}
			else {
				agent = d.chance(this.behaviour.escalation());
			}
		}
		else {
			if (asksHuman && !askedFirst) {
				t += d.seconds(20, 300);
				d.inbound(t, customer, "text", pick(this.phrases.humanRequests()), null);
			}
			agent = true;
		}
		if (agent) {
			t = agentThread(t, customer);
		}
		if (d.chance(0.2)) {
			t += d.seconds(20, 600);
			d.inbound(t, customer, "text", pick(this.phrases.replies()), null);
		}
		if (d.chance(0.08)) {
			t += d.seconds(60, 1800);
			utility(t, customer, agent ? Sender.AGENT : Sender.BOT, d.random.nextInt(2));
		}
		if (d.chance(0.04)) {
			afterSilence(t, customer);
		}
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
		if (d.chance(this.behaviour.brandInTemplate())) {
			double variant = d.random.nextDouble();
			brand = (variant < 0.7) ? this.brandName
					: (variant < 0.85) ? BrandCatalogue.plain(this.brandName).toUpperCase(Locale.ROOT)
							: BrandCatalogue.plain(this.brandName).toLowerCase(Locale.ROOT);
		}
		else if (d.chance(0.5)) {
			brand = BrandCatalogue.shortName(this.brandName);
		}
		else {
			brand = null;
			templates = this.phrases.marketingUnbranded();
		}
		String template = pick(templates);
		int bar = template.indexOf('|');
		String body = String.format(Locale.ROOT, template.substring(bar + 1), brand, null);
		if (d.chance(this.behaviour.linkRate())) {
			body = body + " " + Links.link(d.random, d.brand);
		}
		Msg send = d.outbound(start, customer, Sender.CAMPAIGN, "template", template.substring(0, bar), "MARKETING",
				body, false);
		WabaEvents.maybePreference(d, start, customer);
		if (!d.chance(this.behaviour.campaignReply())) {
			return;
		}
		long t = start + (d.chance(0.07) ? DAY + d.seconds(60, 36000) : Math.max(20_000, d.lognormal(1500, 1.2)));
		if (d.chance(0.06)) {
			d.inbound(t, customer, "button", this.phrases.stopReply(), send);
			WabaEvents.preference(d, t + d.seconds(1, 5), customer, "stop");
			return;
		}
		if (d.chance(0.6)) {
			d.inbound(t, customer, "button", pick(this.phrases.campaignReplies()), send);
		}
		else {
			d.inbound(t, customer, "text", pick(this.phrases.openings()), null);
		}
		if (!d.chance(0.85)) {
			return;
		}
		if (d.chance(this.behaviour.botShare())) {
			t += d.seconds(1, 8);
			botAnswer(t, customer);
			if (d.chance(this.behaviour.escalation())) {
				agentThread(t, customer);
			}
		}
		else {
			agentThread(t, customer);
		}
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
				format(template.substring(bar + 1), code), false);
	}

	private long agentThread(long from, Customer customer) {
		ConnectionDay d = this.day;
		int hour = d.localHour(from);
		boolean night = hour >= 21 || hour < 8;
		long delay;
		if (d.chance(this.behaviour.lateAnswer())) {
			delay = DAY + d.seconds(300, 4 * 3600);
		}
		else if (night && !this.behaviour.nightAgents()) {
			long morning = ((hour >= 21) ? 24 - hour + 8 : 8 - hour) * ConnectionDay.HOUR;
			delay = morning - (from - d.hourStart(0)) % ConnectionDay.HOUR + d.seconds(0, 2 * 3600);
		}
		else {
			delay = Math.max(15_000, d.lognormal(this.behaviour.agentMedianSeconds(), 1.0));
		}
		long t = from + delay;
		if (delay > DAY) {
			if (d.chance(0.5)) {
				d.outbound(t, customer, Sender.AGENT, "text", null, null, pick(this.phrases.agentLate()), true);
			}
			else {
				utility(t, customer, Sender.AGENT, 2);
			}
			return t;
		}
		String agentName = pick(this.phrases.agentNames());
		d.outbound(t, customer, Sender.AGENT, "text", format(pick(this.phrases.agentGreetings()), agentName));
		if (d.chance(0.6)) {
			t += d.seconds(10, 90);
			agentReply(t, customer);
		}
		int rounds = 1 + d.random.nextInt(3);
		for (int round = 0; round < rounds && d.chance(0.65); round++) {
			t += d.seconds(20, 600);
			boolean photo = d.chance(0.05);
			d.inbound(t, customer, photo ? "image" : "text", photo ? null : pick(this.phrases.replies()), null);
			t += Math.max(20_000, d.lognormal(this.behaviour.agentMedianSeconds() / 2.0, 0.8));
			agentReply(t, customer);
			if (d.chance(0.3)) {
				t += d.seconds(10, 120);
				agentReply(t, customer);
			}
		}
		return t;
	}

	private void agentReply(long at, Customer customer) {
		ConnectionDay d = this.day;
		double kind = d.random.nextDouble();
		if (kind < this.behaviour.linkRate()) {
			d.outbound(at, customer, Sender.AGENT, "text",
					format(pick(this.phrases.agentLinks()), Links.link(d.random, d.brand)));
		}
		else if (kind < this.behaviour.linkRate() + 0.05) {
			d.outbound(at, customer, Sender.AGENT, "image", null);
		}
		else {
			d.outbound(at, customer, Sender.AGENT, "text", pick(this.phrases.agentReplies()));
		}
	}

	private void afterSilence(long last, Customer customer) {
		ConnectionDay d = this.day;
		long t = last + DAY + d.seconds(3600, 16 * 3600);
		d.inbound(t, customer, "text", pick(this.phrases.afterSilence()), null);
		if (d.chance(1 - this.behaviour.unanswered())) {
			if (d.chance(this.behaviour.botShare())) {
				botAnswer(t + d.seconds(1, 10), customer);
			}
			else {
				agentThread(t, customer);
			}
		}
	}

	private void botAnswer(long at, Customer customer) {
		ConnectionDay d = this.day;
		String body = d.chance(this.behaviour.linkRate())
				? format(pick(this.phrases.botLinks()), Links.link(d.random, d.brand))
				: pick(this.phrases.botAnswers());
		d.outbound(at, customer, Sender.BOT, "text", body);
	}

	private void utility(long at, Customer customer, Sender sender, int which) {
		ConnectionDay d = this.day;
		String template = this.phrases.utility()[which];
		int bar = template.indexOf('|');
		String reference = "#" + (10000 + d.random.nextInt(90000));
		d.outbound(at, customer, sender, "template", template.substring(0, bar), "UTILITY",
				format(template.substring(bar + 1), reference), false);
	}

	private String format(String format, String second) {
		return String.format(Locale.ROOT, format, this.brandName, second);
	}

	private String pick(String[] choices) {
		return Phrases.pick(this.day.random, choices);
	}

}
