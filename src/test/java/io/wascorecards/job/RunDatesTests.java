package io.wascorecards.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.wascorecards.ScorecardsProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The dates a run may be asked for, the same for the command line and the API.
 */
class RunDatesTests {

	private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

	private final RunDates dates = new RunDates(new ScorecardsProperties(Path.of("out"), Duration.ofHours(24), ZONE, 16,
			2, 3, List.of("humano"), LocalDate.parse("2015-01-01"), 31, false,
			new ScorecardsProperties.Embedded(false, Path.of("db"), false)));

	private final LocalDate today = LocalDate.now(ZONE);

	@Test
	void todayAndTheEarliestDateMayBeRun() {
		assertThatNoException().isThrownBy(() -> this.dates.check("date", this.today));
		assertThatNoException().isThrownBy(() -> this.dates.check("date", LocalDate.parse("2015-01-01")));
	}

	@Test
	void aDateAfterTodayInTheSchedulersZoneIsRefused() {
		assertThatExceptionOfType(InvalidRunDateException.class)
			.isThrownBy(() -> this.dates.check("date", this.today.plusDays(1)))
			.withMessage("date %s is in the future (today is %s in America/Mexico_City)", this.today.plusDays(1),
					this.today)
			.extracting(InvalidRunDateException::field)
			.isEqualTo("date");
		assertThatExceptionOfType(InvalidRunDateException.class)
			.isThrownBy(() -> this.dates.check("date", LocalDate.MAX));
	}

	@Test
	void aDateBeforeTheEarliestIsRefused() {
		assertThatExceptionOfType(InvalidRunDateException.class)
			.isThrownBy(() -> this.dates.check("date", LocalDate.parse("2014-12-31")))
			.withMessage("date 2014-12-31 is before scorecards.earliest-date (2015-01-01)");
		assertThatExceptionOfType(InvalidRunDateException.class)
			.isThrownBy(() -> this.dates.check("date", LocalDate.parse("0000-01-01")));
	}

	@Test
	void aRangeOfAtMostMaxRangeDaysInOrderMayBeRun() {
		LocalDate from = this.today.minusDays(30);
		assertThatNoException().isThrownBy(() -> this.dates.check(from, this.today));
		assertThatExceptionOfType(InvalidRunDateException.class)
			.isThrownBy(() -> this.dates.check(from.minusDays(1), this.today))
			.withMessage("from %s to %s spans 32 dates; at most 31 at once (scorecards.max-range-days)",
					from.minusDays(1), this.today)
			.extracting(InvalidRunDateException::field)
			.isEqualTo("to");
		assertThatExceptionOfType(InvalidRunDateException.class).isThrownBy(() -> this.dates.check(this.today, from))
			.extracting(InvalidRunDateException::field)
			.isEqualTo("to");
		assertThatExceptionOfType(InvalidRunDateException.class)
			.isThrownBy(() -> this.dates.check(LocalDate.parse("2000-01-01"), this.today))
			.extracting(InvalidRunDateException::field)
			.isEqualTo("from");
	}

	@Test
	void anAsOfBeforeTheStartOfTheDateInTheSchedulersZoneIsRefused() {
		LocalDate date = LocalDate.parse("2026-03-10");
		// midnight in Mexico City (UTC-6 in March 2026)
		assertThatNoException().isThrownBy(() -> this.dates.checkAsOf(date, Instant.parse("2026-03-10T06:00:00Z")));
		assertThatNoException().isThrownBy(() -> this.dates.checkAsOf(date, null));
		assertThatExceptionOfType(InvalidRunDateException.class)
			.isThrownBy(() -> this.dates.checkAsOf(date, Instant.parse("2026-03-10T05:59:59Z")))
			.withMessage("as-of 2026-03-10T05:59:59Z is before the start of 2026-03-10 (2026-03-10T06:00:00Z in "
					+ "America/Mexico_City)");
	}

}
