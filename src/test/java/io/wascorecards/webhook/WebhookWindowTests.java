package io.wascorecards.webhook;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Splitting a webhook range into the slices read at once: on a grid of whole hours, so
 * that the ranges of two dates share their slices where they overlap.
 */
class WebhookWindowTests {

	@Test
	void aRangeOnTheGridIsSplitIntoEqualSlices() {
		WebhookReader.Window window = new WebhookReader.Window(Instant.parse("2026-03-10T06:00:00Z"),
				Instant.parse("2026-03-12T06:00:00Z"));

		List<WebhookReader.Window> slices = window.split(16);

		assertThat(slices).hasSize(16);
		assertThat(slices.get(0))
			.isEqualTo(new WebhookReader.Window(window.from(), Instant.parse("2026-03-10T09:00:00Z")));
		assertThat(slices.get(15).to()).isEqualTo(window.to());
		assertConsecutive(slices);
	}

	@Test
	void aRangeOffTheGridIsCutOnWholeHoursOfTheEpochRoundedUpFromItsPartAndReachesOutToTheGrid() {
		// 49.75 h / 16 = 3.1 h: a step of 4 h, cut at 00:00, 04:00, 08:00 ... UTC; the
		// first and last slices are whole cells of the grid, past the range's ends
		WebhookReader.Window window = new WebhookReader.Window(Instant.parse("2026-03-10T05:30:00Z"),
				Instant.parse("2026-03-12T07:15:00Z"));

		List<WebhookReader.Window> slices = window.split(16);

		assertThat(slices).hasSize(13);
		assertThat(slices.get(0)).isEqualTo(
				new WebhookReader.Window(Instant.parse("2026-03-10T04:00:00Z"), Instant.parse("2026-03-10T08:00:00Z")));
		assertThat(slices.get(1).to()).isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
		assertThat(slices.get(12)).isEqualTo(
				new WebhookReader.Window(Instant.parse("2026-03-12T04:00:00Z"), Instant.parse("2026-03-12T08:00:00Z")));
		assertConsecutive(slices);
	}

	@Test
	void twoDatesShareTheSlicesOfTheirOverlap() {
		WebhookReader.Window day = new WebhookReader.Window(Instant.parse("2026-03-10T05:00:00Z"),
				Instant.parse("2026-03-12T08:00:00Z"));
		WebhookReader.Window next = new WebhookReader.Window(Instant.parse("2026-03-11T05:00:00Z"),
				Instant.parse("2026-03-13T08:00:00Z"));

		List<WebhookReader.Window> daySlices = day.split(16);
		List<WebhookReader.Window> nextSlices = next.split(16);

		// 51 h / 16: a 4 h step; the overlap holds 6 whole slices of the day, [03-11
		// 08:00,
		// 03-12 08:00)
		List<WebhookReader.Window> inOverlap = daySlices.stream()
			.filter((slice) -> !slice.from().isBefore(next.from()))
			.toList();
		assertThat(inOverlap).hasSize(6);
		assertThat(nextSlices).containsAll(inOverlap);
	}

	@Test
	void aRangeShorterThanAnHourIsTheHourItIsIn() {
		WebhookReader.Window window = new WebhookReader.Window(Instant.parse("2026-03-10T06:00:00Z"),
				Instant.parse("2026-03-10T06:00:00.000002Z"));
		WebhookReader.Window hour = new WebhookReader.Window(Instant.parse("2026-03-10T06:00:00Z"),
				Instant.parse("2026-03-10T07:00:00Z"));
		assertThat(window.split(16)).containsExactly(hour);

		WebhookReader.Window endOfTheHour = new WebhookReader.Window(Instant.parse("2026-03-10T06:59:00Z"),
				Instant.parse("2026-03-10T07:00:00Z"));
		assertThat(endOfTheHour.split(16)).containsExactly(hour);
	}

	private static void assertConsecutive(List<WebhookReader.Window> slices) {
		for (int i = 1; i < slices.size(); i++) {
			assertThat(slices.get(i).from()).isEqualTo(slices.get(i - 1).to());
		}
		assertThat(slices).allSatisfy((slice) -> assertThat(slice.to()).isAfter(slice.from()));
	}

}
