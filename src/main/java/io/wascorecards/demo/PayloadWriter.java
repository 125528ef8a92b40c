package io.wascorecards.demo;

import java.nio.charset.StandardCharsets;

/**
 * Writes the JSON of a connection's webhooks in Meta's shape straight into a COPY field:
 * statuses of outbound messages and inbound messages (the bulk), and payloads written in
 * full beforehand.
 */
final class PayloadWriter {

	private static final String[] STATUS = { "sent", "delivered", "read", "failed" };

	private final Brand brand;

	private final byte[] prefix;

	PayloadWriter(Brand brand) {
		this.brand = brand;
		StringBuilder out = new StringBuilder(256);
		Json.begin(out, brand.wabaId(), -1);
		Json.metadata(out, brand.displayPhoneNumber(), brand.phoneNumberId());
		this.prefix = out.toString().getBytes(StandardCharsets.UTF_8);
	}

	void write(Webhook webhook, CopyBuffer out) {
		switch (webhook.kind) {
			case RAW -> out.json(webhook.json);
			case INBOUND -> inbound(webhook.msg, out);
			default -> status(webhook, out);
		}
	}

	private void status(Webhook webhook, CopyBuffer out) {
		Msg msg = webhook.msg;
		out.bytes(this.prefix).ascii("\"statuses\":[{\"id\":").jsonString(msg.wamid);
		out.ascii(",\"status\":\"").ascii(STATUS[webhook.kind.ordinal()]).ascii("\",\"timestamp\":\"");
		out.number(webhook.timestamp).ascii("\",\"recipient_id\":").jsonString(msg.customer.waId());
		if (webhook.kind == Webhook.Kind.FAILED) {
			int code = webhook.errorCode;
			out.ascii(",\"errors\":[{\"code\":").number(code).ascii(",\"title\":").jsonString(MetaErrors.title(code));
			out.ascii(",\"message\":").jsonString(MetaErrors.title(code)).ascii(",\"error_data\":{\"details\":");
			out.jsonString(MetaErrors.details(code)).ascii("}}]");
		}
		else if (webhook.kind != Webhook.Kind.READ) {
			String category = msg.category();
			long start = msg.at / 1000;
			long hash = Ids.mix(this.brand.index(), msg.customer.waId().hashCode(),
					start / 86400 * 8 + category.length());
			out.ascii(",\"conversation\":{\"id\":\"").ascii(Ids.hex(hash, Ids.mix(hash), 32)).ascii("\"");
			if (webhook.kind == Webhook.Kind.SENT) {
				out.ascii(",\"expiration_timestamp\":\"").number((start / 60 + 24 * 60) * 60).ascii("\"");
			}
			out.ascii(",\"origin\":{\"type\":\"").ascii(category).ascii("\"}},\"pricing\":{\"billable\":");
			out.ascii("service".equals(category) ? "false" : "true")
				.ascii(",\"pricing_model\":\"CBP\",\"category\":\"");
			out.ascii(category).ascii("\"}");
		}
		out.ascii("}]},\"field\":\"messages\"}]}]}");
	}

	private void inbound(Msg msg, CopyBuffer out) {
		Customer customer = msg.customer;
		out.bytes(this.prefix).ascii("\"contacts\":[{\"profile\":{\"name\":").jsonString(customer.name());
		out.ascii("},\"wa_id\":").jsonString(customer.waId()).ascii("}],\"messages\":[{");
		if (msg.context != null) {
			out.ascii("\"context\":{\"from\":").jsonString(this.brand.displayPhoneNumber()).ascii(",\"id\":");
			out.jsonString(msg.context.wamid).ascii("},");
		}
		out.ascii("\"from\":").jsonString(customer.waId()).ascii(",\"id\":").jsonString(msg.wamid);
		out.ascii(",\"timestamp\":\"").number(msg.at / 1000).ascii("\",\"type\":\"").ascii(msg.type);
		out.ascii("\",\"").ascii(msg.type).ascii("\":");
		switch (msg.type) {
			case "image" -> {
				long hash = Ids.mix(msg.wamid.hashCode(), msg.at);
				out.ascii("{\"mime_type\":\"image/jpeg\",\"sha256\":").jsonString(Ids.base64(hash));
				out.ascii(",\"id\":\"").ascii(Ids.digits(hash, 16)).ascii("\"}");
			}
			case "button" ->
				out.ascii("{\"payload\":").jsonString(msg.body).ascii(",\"text\":").jsonString(msg.body).ascii("}");
			case "interactive" -> out.ascii("{\"type\":\"list_reply\",\"list_reply\":{\"id\":\"opt_")
				.ascii(Integer.toHexString(msg.body.hashCode()))
				.ascii("\",\"title\":")
				.jsonString(msg.body)
				.ascii("}}");
			default -> out.ascii("{\"body\":").jsonString(msg.body).ascii("}");
		}
		out.ascii("}]},\"field\":\"messages\"}]}]}");
	}

}
