package io.wascorecards.demo;

import io.wascorecards.demo.Msg.Sender;

/**
 * What the business sends back: a bot's answers, and an agent's thread (in minutes in
 * office hours, the next morning at night when the brand has no night shift, now and then
 * after more than a day).
 */
final class Replies {

	static final long DAY = 24 * ConnectionDay.HOUR;

	private final ConnectionDay day;

	private final Phrases phrases;

	private final Behaviour behaviour;

	Replies(ConnectionDay day) {
		this.day = day;
		this.phrases = day.phrases;
		this.behaviour = day.behaviour;
	}

	/**
	 * An agent takes over: greets, then answers the customer's replies.
	 * @param from when the customer last wrote
	 * @param customer the customer
	 * @return when the agent last wrote
	 */
	long agentThread(long from, Customer customer) {
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
				d.outbound(t, customer, Sender.AGENT, "text", null, null, d.pick(this.phrases.agentLate()), true);
			}
			else {
				utility(t, customer, Sender.AGENT, 2);
			}
			return t;
		}
		String agentName = d.pick(this.phrases.agentNames());
		d.outbound(t, customer, Sender.AGENT, "text", d.text(d.pick(this.phrases.agentGreetings()), agentName));
		if (d.chance(0.6)) {
			t += d.seconds(10, 90);
			agentReply(t, customer);
		}
		int rounds = 1 + d.random.nextInt(3);
		for (int round = 0; round < rounds && d.chance(0.65); round++) {
			t += d.seconds(20, 600);
			boolean photo = d.chance(0.05);
			d.inbound(t, customer, photo ? "image" : "text", photo ? null : d.pick(this.phrases.replies()), null);
			t += Math.max(20_000, d.lognormal(this.behaviour.agentMedianSeconds() / 2.0, 0.8));
			agentReply(t, customer);
			if (d.chance(0.3)) {
				t += d.seconds(10, 120);
				agentReply(t, customer);
			}
		}
		return t;
	}

	/**
	 * A bot's answer, with a link now and then.
	 * @param at when
	 * @param customer to whom
	 */
	void botAnswer(long at, Customer customer) {
		ConnectionDay d = this.day;
		String body = d.chance(this.behaviour.linkRate())
				? d.text(d.pick(this.phrases.botLinks()), Links.link(d.random, d.brand))
				: d.pick(this.phrases.botAnswers());
		d.outbound(at, customer, Sender.BOT, "text", body);
	}

	/**
	 * A utility template with a reference number.
	 * @param at when
	 * @param customer to whom
	 * @param sender who sends it
	 * @param which which of the language's utility templates
	 */
	void utility(long at, Customer customer, Sender sender, int which) {
		ConnectionDay d = this.day;
		String template = this.phrases.utility()[which];
		int bar = template.indexOf('|');
		String reference = "#" + (10000 + d.random.nextInt(90000));
		d.outbound(at, customer, sender, "template", template.substring(0, bar), "UTILITY",
				d.text(template.substring(bar + 1), reference), false);
	}

	private void agentReply(long at, Customer customer) {
		ConnectionDay d = this.day;
		double kind = d.random.nextDouble();
		if (kind < this.behaviour.linkRate()) {
			String link = Links.link(d.random, d.brand);
			String[] formats = this.phrases.agentLinks();
			boolean number = (link.contains("wa.me/") && !link.contains("/message/")) || link.contains("whatsapp.com/");
			String format = number ? formats[formats.length - 1] : formats[d.random.nextInt(formats.length - 1)];
			d.outbound(at, customer, Sender.AGENT, "text", d.text(format, link));
		}
		else if (kind < this.behaviour.linkRate() + 0.05) {
			d.outbound(at, customer, Sender.AGENT, "image", null);
		}
		else {
			d.outbound(at, customer, Sender.AGENT, "text", d.pick(this.phrases.agentReplies()));
		}
	}

}
