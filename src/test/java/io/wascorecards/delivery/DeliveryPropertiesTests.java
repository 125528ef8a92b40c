package io.wascorecards.delivery;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Mail settings that cannot work are refused at start-up.
 */
class DeliveryPropertiesTests {

	@Test
	void negativePausesAndAnEmptyAttachmentLimitAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(Duration.ofSeconds(-1), Duration.ZERO, DataSize.ofMegabytes(10)))
			.withMessageContaining("scorecards.mail.backoff");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(Duration.ZERO, Duration.ofMillis(-5), DataSize.ofMegabytes(10)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> properties(Duration.ZERO, Duration.ZERO, DataSize.ofBytes(0)))
			.withMessageContaining("scorecards.mail.max-attachment-size");
		assertThatNoException().isThrownBy(() -> properties(Duration.ZERO, Duration.ZERO, DataSize.ofBytes(1)));
	}

	private static DeliveryProperties properties(Duration backoff, Duration sendInterval, DataSize maxAttachmentSize) {
		return new DeliveryProperties("scorecards@bsp.example", 3, backoff, maxAttachmentSize, sendInterval, 3);
	}

}
