package io.wascorecards.demo;

/**
 * One generated {@code wa_webhook_event} row: a status of an outbound message, an inbound
 * message, or a payload written in full (account, template, quality and preference
 * events, and malformed ones).
 */
final class Webhook {

	enum Kind {

		SENT, DELIVERED, READ, FAILED, INBOUND, RAW

	}

	final long receivedAt;

	final Kind kind;

	final Msg msg;

	/** The status's time in epoch seconds. */
	final long timestamp;

	final int errorCode;

	final String json;

	private Webhook(long receivedAt, Kind kind, Msg msg, long timestamp, int errorCode, String json) {
		this.receivedAt = receivedAt;
		this.kind = kind;
		this.msg = msg;
		this.timestamp = timestamp;
		this.errorCode = errorCode;
		this.json = json;
	}

	static Webhook status(long receivedAt, Kind kind, Msg msg, long timestamp, int errorCode) {
		return new Webhook(receivedAt, kind, msg, timestamp, errorCode, null);
	}

	static Webhook inbound(long receivedAt, Msg msg) {
		return new Webhook(receivedAt, Kind.INBOUND, msg, msg.at / 1000, 0, null);
	}

	static Webhook raw(long receivedAt, String json) {
		return new Webhook(receivedAt, Kind.RAW, null, 0, 0, json);
	}

	Webhook redelivered(long at) {
		return new Webhook(at, this.kind, this.msg, this.timestamp, this.errorCode, this.json);
	}

}
