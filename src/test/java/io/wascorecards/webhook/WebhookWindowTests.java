package io.wascorecards.webhook;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Splitting a webhook range into the slices read at once.
 */
class WebhookWindowTests {

	@Test
	void slicesAreConsecutiveEqualAndCoverTheRangeExactly() {
		WebhookReader.Window window = new WebhookReader.Window(Instant.parse("2026-03-10T06:00:00Z"),
				Instant.parse("2026-03-12T06:00:00Z"));

		List<WebhookReader.Window> slices = window.split(16);

		assertThat(slices).hasSize(16);
		assertThat(slices.get(0).from()).isEqualTo(window.from());
		assertThat(slices.get(1).from()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
		assertThat(slices.get(15).to()).isEqualTo(window.to());
		for (int i = 1; i < slices.size(); i++) {
			assertThat(slices.get(i).from()).isEqualTo(slices.get(i - 1).to());
		}
	}

	@Test
	void unevenRangesEndOnTheMicrosecondAndTheLastSliceEndsTheRange() {
		WebhookReader.Window window = new WebhookReader.Window(Instant.parse("2026-03-10T06:00:00Z"),
				Instant.parse("2026-03-10T06:00:00.000010Z"));

		List<WebhookReader.Window> slices = window.split(3);

		assertThat(slices).extracting(WebhookReader.Window::to)
			.containsExactly(Instant.parse("2026-03-10T06:00:00.000003Z"), Instant.parse("2026-03-10T06:00:00.000006Z"),
					Instant.parse("2026-03-10T06:00:00.000010Z"));
	}

	@Test
	void aRangeShorterThanTheSlicesMakesNoEmptySlice() {
		WebhookReader.Window window = new WebhookReader.Window(Instant.parse("2026-03-10T06:00:00Z"),
				Instant.parse("2026-03-10T06:00:00.000002Z"));

		assertThat(window.split(16)).hasSize(2).allSatisfy((slice) -> assertThat(slice.to()).isAfter(slice.from()));
	}

}
