package io.wascorecards.demo;

import io.wascorecards.demo.Msg.Sender;

/**
 * Customers writing in: answered by a bot, an agent, both or nobody; asking for a person
 * or not; coming back after a day of silence.
 */
final class Conversations {

	private final ConnectionDay day;

	private final Phrases phrases;

	private final Behaviour behaviour;

	private final Replies replies;

	Conversations(ConnectionDay day, Replies replies) {
		this.day = day;
		this.phrases = day.phrases;
		this.behaviour = day.behaviour;
		this.replies = replies;
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
			d.inbound(t, customer, "text", d.pick(this.phrases.humanRequests()), null);
		}
		else if (opening < 0.05) {
			d.inbound(t, customer, "image", null, null);
		}
		else {
			d.inbound(t, customer, "text",
					d.pick((opening < 0.12) ? this.phrases.nearMisses() : this.phrases.openings()), null);
		}
		if (d.chance(0.2)) {
			t += d.seconds(5, 90);
			d.inbound(t, customer, "text", d.pick(this.phrases.openings()), null);
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
			Msg menu = d.outbound(t, customer, Sender.BOT, "interactive", d.text(d.pick(this.phrases.menu()), null));
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
				this.replies.botAnswer(t, customer);
				if (d.chance(0.5)) {
					t += d.seconds(1, 3);
					d.outbound(t, customer, Sender.BOT, "interactive", d.text(d.pick(this.phrases.menu()), null));
				}
			}
			if (asksHuman && !askedFirst) {
				t += d.seconds(20, 400);
				d.inbound(t, customer, "text", d.pick(this.phrases.humanRequests()), null);
			}
			if (asksHuman) {
				t += d.seconds(1, 4);
				agent = d.chance(this.behaviour.humanFulfil());
				if (agent) {
					d.outbound(t, customer, Sender.BOT, "text", d.text(d.pick(this.phrases.handoff()), null));
				}
				else if (d.chance(0.7)) {
					d.outbound(t, customer, Sender.BOT, "text", d.text(d.pick(this.phrases.noAgents()), null));
				}
			}
			else {
				agent = d.chance(this.behaviour.escalation());
			}
		}
		else {
			if (asksHuman && !askedFirst) {
				t += d.seconds(20, 300);
				d.inbound(t, customer, "text", d.pick(this.phrases.humanRequests()), null);
			}
			agent = true;
		}
		if (agent) {
			t = this.replies.agentThread(t, customer);
		}
		if (d.chance(0.2)) {
			t += d.seconds(20, 600);
			d.inbound(t, customer, "text", d.pick(this.phrases.replies()), null);
			if (d.chance(1 - 3 * this.behaviour.unanswered())) {
				t += agent ? d.seconds(30, 300) : d.seconds(1, 5);
				d.outbound(t, customer, agent ? Sender.AGENT : Sender.BOT, "text", d.pick(this.phrases.welcome()));
			}
		}
		if (d.chance(0.08)) {
			t += d.seconds(60, 1800);
			this.replies.utility(t, customer, agent ? Sender.AGENT : Sender.BOT, d.random.nextInt(2));
		}
		if (d.chance(0.04)) {
			afterSilence(t, customer);
		}
	}

	private void afterSilence(long last, Customer customer) {
		ConnectionDay d = this.day;
		long t = last + Replies.DAY + d.seconds(3600, 16 * 3600);
		d.inbound(t, customer, "text", d.pick(this.phrases.afterSilence()), null);
		if (d.chance(1 - this.behaviour.unanswered())) {
			if (d.chance(this.behaviour.botShare())) {
				this.replies.botAnswer(t + d.seconds(1, 10), customer);
			}
			else {
				this.replies.agentThread(t, customer);
			}
		}
	}

}
