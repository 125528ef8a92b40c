package io.wascorecards.demo;

import java.time.Duration;
import java.util.Locale;

/**
 * What a generation wrote and how long it took.
 *
 * @param connections brand connections generated (new or reused)
 * @param messages rows written to {@code wa_message}
 * @param webhookEvents rows written to {@code wa_webhook_event}
 * @param qualitySnapshots rows written to {@code wa_quality_snapshot}
 * @param took the wall-clock time of the whole generation
 */
public record GenerationSummary(int connections, long messages, long webhookEvents, long qualitySnapshots,
		Duration took) {

	/**
	 * All rows written.
	 * @return messages, webhook events and quality snapshots
	 */
	public long rows() {
		return this.messages + this.webhookEvents + this.qualitySnapshots;
	}

	/**
	 * The write rate over the whole generation.
	 * @return rows per second
	 */
	public double rowsPerSecond() {
		double seconds = Math.max(this.took.toNanos(), 1) / 1e9;
		return rows() / seconds;
	}

	/**
	 * A one-line summary for people.
	 * @return e.g. "Generated 1,000 connections, 1,000,000 messages and 2,612,345 webhook
	 * events in 21.3 s (164,000 rows/s)"
	 */
	public String describe() {
		return String.format(Locale.ROOT,
				"Generated %s connections, %s messages and %s webhook events in %.1f s (%s rows/s)",
				grouped(this.connections), grouped(this.messages), grouped(this.webhookEvents),
				this.took.toMillis() / 1000.0, grouped(Math.round(rowsPerSecond())));
	}

	private static String grouped(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

}
