package io.wascorecards.demo;

/**
 * Writes a connection's day as COPY rows of {@code wa_message}, {@code wa_webhook_event}
 * and {@code wa_quality_snapshot}, in the column order of {@link #MESSAGE_COLUMNS},
 * {@link #WEBHOOK_COLUMNS} and {@link #SNAPSHOT_COLUMNS}.
 */
final class DayWriter {

	static final String MESSAGE_COLUMNS = "wa_message (connection_id, wamid, customer_wa_id, direction, sender_type, "
			+ "message_type, template_name, template_category, body, created_at)";

	static final String WEBHOOK_COLUMNS = "wa_webhook_event (received_at, payload)";

	static final String SNAPSHOT_COLUMNS = "wa_quality_snapshot (connection_id, captured_at, quality_rating, "
			+ "messaging_limit_tier)";

	private final CopyBuffer messages;

	private final CopyBuffer webhooks;

	private final CopyBuffer snapshots;

	DayWriter(CopyBuffer messages, CopyBuffer webhooks, CopyBuffer snapshots) {
		this.messages = messages;
		this.webhooks = webhooks;
		this.snapshots = snapshots;
	}

	void write(ConnectionDay day) {
		for (Msg msg : day.messages) {
			this.messages.value(day.connectionId)
				.text(msg.wamid)
				.text(msg.customer.waId())
				.text(msg.direction())
				.text(msg.sender.name())
				.text(msg.type)
				.text(msg.templateName)
				.text(msg.templateCategory)
				.text(msg.body)
				.timestamp(msg.at)
				.endRow();
		}
		PayloadWriter payloads = new PayloadWriter(day.brand);
		for (Webhook webhook : day.webhooks) {
			payloads.write(webhook, this.webhooks.timestamp(webhook.receivedAt).jsonb());
			this.webhooks.endField();
			this.webhooks.endRow();
		}
		for (ConnectionDay.Snapshot snapshot : day.snapshots) {
			this.snapshots.value(day.connectionId)
				.timestamp(snapshot.capturedAt())
				.text(snapshot.rating())
				.text(snapshot.tier())
				.endRow();
		}
	}

	/**
	 * Writes the end of the COPY data of every table.
	 */
	void finish() {
		this.messages.finish();
		this.webhooks.finish();
		this.snapshots.finish();
	}

}
