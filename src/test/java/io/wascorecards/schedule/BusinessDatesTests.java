package io.wascorecards.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business dates a firing of the nightly trigger scores, with expectations computed
 * by hand (offsets of 2026: New York -05:00/-04:00 from 8 March to 1 November, Madrid
 * +01:00/+02:00 from 29 March, Santiago -03:00/-04:00 from 5 April to 6 September).
 */
class BusinessDatesTests {

	private static final ZoneId UTC = ZoneOffset.UTC;

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

	private static final String NIGHTLY = "0 30 2 * * ?";

	@Test
	void aFiringScoresTheDayBeforeItsLocalDateAroundMidnight() {
		assertThat(scoredBy("2026-03-10T00:00:00Z", UTC)).isEqualTo("2026-03-09");
		assertThat(scoredBy("2026-03-10T00:05:00Z", UTC)).isEqualTo("2026-03-09");
		assertThat(scoredBy("2026-03-10T23:59:59Z", UTC)).isEqualTo("2026-03-09");
		assertThat(scoredBy("2026-03-09T23:59:59Z", UTC)).isEqualTo("2026-03-08");
	}

	@Test
	void theLocalDateCountsNotTheUtcOne() {
		// 22:00 of 10 March in Santiago is already 11 March in UTC
		assertThat(scoredBy("2026-03-11T01:00:00Z", SANTIAGO)).isEqualTo("2026-03-09");
		// 08:30 of 10 March in Tokyo is still 9 March in UTC
		assertThat(scoredBy("2026-03-09T23:30:00Z", ZoneId.of("Asia/Tokyo"))).isEqualTo("2026-03-09");
		// 00:05 of 10 March in Santiago
		assertThat(scoredBy("2026-03-10T03:05:00Z", SANTIAGO)).isEqualTo("2026-03-09");
	}

	@Test
	void onTheDayNewYorkSpringsForward() {
		// 00:05 EST, 03:30 EDT (02:30 does not exist), 23:59 EDT of 8 March
		assertThat(scoredBy("2026-03-08T05:05:00Z", NEW_YORK)).isEqualTo("2026-03-07");
		assertThat(scoredBy("2026-03-08T07:30:00Z", NEW_YORK)).isEqualTo("2026-03-07");
		assertThat(scoredBy("2026-03-09T03:59:00Z", NEW_YORK)).isEqualTo("2026-03-07");
		// midnight EDT of 9 March
		assertThat(scoredBy("2026-03-09T04:00:00Z", NEW_YORK)).isEqualTo("2026-03-08");
	}

	@Test
	void onTheDayNewYorkFallsBack() {
		// 23:59 EDT of 31 October, then midnight EDT of 1 November
		assertThat(scoredBy("2026-11-01T03:59:00Z", NEW_YORK)).isEqualTo("2026-10-30");
		assertThat(scoredBy("2026-11-01T04:00:00Z", NEW_YORK)).isEqualTo("2026-10-31");
		// 01:30 happens twice: EDT, then EST
		assertThat(scoredBy("2026-11-01T05:30:00Z", NEW_YORK)).isEqualTo("2026-10-31");
		assertThat(scoredBy("2026-11-01T06:30:00Z", NEW_YORK)).isEqualTo("2026-10-31");
		// 23:59 EST of 1 November
		assertThat(scoredBy("2026-11-02T04:59:00Z", NEW_YORK)).isEqualTo("2026-10-31");
	}

	@Test
	void onTheDayMadridSpringsForward() {
		// 00:05 CET, 01:59 CET, 03:00 CEST, 23:59 CEST of 29 March
		assertThat(scoredBy("2026-03-28T23:05:00Z", MADRID)).isEqualTo("2026-03-28");
		assertThat(scoredBy("2026-03-29T00:59:00Z", MADRID)).isEqualTo("2026-03-28");
		assertThat(scoredBy("2026-03-29T01:00:00Z", MADRID)).isEqualTo("2026-03-28");
		assertThat(scoredBy("2026-03-29T21:59:00Z", MADRID)).isEqualTo("2026-03-28");
		// midnight CEST of 30 March
		assertThat(scoredBy("2026-03-29T22:00:00Z", MADRID)).isEqualTo("2026-03-29");
	}

	@Test
	void acrossSantiagosChangesTheNightlyCronStaysAtLocal0230() {
		CronExpression cron = new NightlySchedule(NIGHTLY, SANTIAGO).expression();
		// clocks go back at midnight of 4-5 April: 25 hours between two runs
		assertThat(fireTimes(cron, "2026-04-03T12:00:00Z", 2)).containsExactly(Instant.parse("2026-04-04T05:30:00Z"),
				Instant.parse("2026-04-05T06:30:00Z"));
		assertThat(datesOfConsecutiveFirings(cron, "2026-04-03T12:00:00Z", 3)).containsExactly(
				List.of(LocalDate.parse("2026-04-03")), List.of(LocalDate.parse("2026-04-04")),
				List.of(LocalDate.parse("2026-04-05")));
		// clocks go forward at midnight of 5-6 September: 23 hours between two runs
		assertThat(fireTimes(cron, "2026-09-04T12:00:00Z", 2)).containsExactly(Instant.parse("2026-09-05T06:30:00Z"),
				Instant.parse("2026-09-06T05:30:00Z"));
		assertThat(datesOfConsecutiveFirings(cron, "2026-09-04T12:00:00Z", 3)).containsExactly(
				List.of(LocalDate.parse("2026-09-04")), List.of(LocalDate.parse("2026-09-05")),
				List.of(LocalDate.parse("2026-09-06")));
	}

	@Test
	void acrossNewYorksFallBackTheNightlyCronStaysAtLocal0230() {
		CronExpression cron = new NightlySchedule(NIGHTLY, NEW_YORK).expression();
		assertThat(fireTimes(cron, "2026-10-30T12:00:00Z", 2)).containsExactly(Instant.parse("2026-10-31T06:30:00Z"),
				Instant.parse("2026-11-01T07:30:00Z"));
		assertThat(datesOfConsecutiveFirings(cron, "2026-10-30T12:00:00Z", 3)).containsExactly(
				List.of(LocalDate.parse("2026-10-30")), List.of(LocalDate.parse("2026-10-31")),
				List.of(LocalDate.parse("2026-11-01")));
	}

	@Test
	void aNightWhoseLocalTimeDoesNotExistIsScoredByTheNextFiring() {
		// Quartz skips 02:30 of 8 March in New York, which does not exist
		CronExpression newYork = new NightlySchedule(NIGHTLY, NEW_YORK).expression();
		assertThat(fireTimes(newYork, "2026-03-06T12:00:00Z", 2)).containsExactly(Instant.parse("2026-03-07T07:30:00Z"),
				Instant.parse("2026-03-09T06:30:00Z"));
		assertThat(datesOfConsecutiveFirings(newYork, "2026-03-06T12:00:00Z", 3)).containsExactly(
				List.of(LocalDate.parse("2026-03-06")),
				List.of(LocalDate.parse("2026-03-07"), LocalDate.parse("2026-03-08")),
				List.of(LocalDate.parse("2026-03-09")));
		// and 02:30 of 29 March in Madrid
		CronExpression madrid = new NightlySchedule(NIGHTLY, MADRID).expression();
		assertThat(fireTimes(madrid, "2026-03-27T12:00:00Z", 2)).containsExactly(Instant.parse("2026-03-28T01:30:00Z"),
				Instant.parse("2026-03-30T00:30:00Z"));
		assertThat(BusinessDates.toScore(madrid, Instant.parse("2026-03-30T00:30:00Z"),
				Instant.parse("2026-03-28T01:30:00Z")))
			.containsExactly(LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-29"));
		// and 00:05 of 6 September in Santiago
		CronExpression santiago = new NightlySchedule("0 5 0 * * ?", SANTIAGO).expression();
		assertThat(fireTimes(santiago, "2026-09-04T12:00:00Z", 2))
			.containsExactly(Instant.parse("2026-09-05T04:05:00Z"), Instant.parse("2026-09-07T03:05:00Z"));
		assertThat(BusinessDates.toScore(santiago, Instant.parse("2026-09-07T03:05:00Z"),
				Instant.parse("2026-09-05T04:05:00Z")))
			.containsExactly(LocalDate.parse("2026-09-05"), LocalDate.parse("2026-09-06"));
	}

	@Test
	void aFiringOnTimeWasMeantForItsOwnTime() {
		CronExpression cron = new NightlySchedule(NIGHTLY, NEW_YORK).expression();
		assertThat(BusinessDates.meantFireTime(cron, Instant.parse("2026-03-10T06:30:00Z")))
			.isEqualTo("2026-03-10T06:30:00Z");
		assertThat(BusinessDates.toScore(cron, Instant.parse("2026-03-10T06:30:00Z"),
				Instant.parse("2026-03-09T06:30:00Z")))
			.containsExactly(LocalDate.parse("2026-03-09"));
	}

	@Test
	void aMisfiredNightFiredLateScoresTheNightItWasMeantFor() {
		// Quartz fires a misfire "now" and reports it as scheduled now
		CronExpression cron = new NightlySchedule(NIGHTLY, NEW_YORK).expression();
		// back at 09:00 EDT of 10 March: the run of 02:30 that morning
		assertThat(BusinessDates.meantFireTime(cron, Instant.parse("2026-03-10T13:00:00Z")))
			.isEqualTo("2026-03-10T06:30:00Z");
		// back at 01:00 EDT of 11 March, before that night's run: still the night before
		assertThat(BusinessDates.meantFireTime(cron, Instant.parse("2026-03-11T05:00:00Z")))
			.isEqualTo("2026-03-10T06:30:00Z");
		assertThat(BusinessDates.toScore(cron, Instant.parse("2026-03-11T05:00:00Z"),
				Instant.parse("2026-03-09T06:30:00Z")))
			.containsExactly(LocalDate.parse("2026-03-09"));
		// the next night scores the next date, not the same one again
		assertThat(BusinessDates.toScore(cron, Instant.parse("2026-03-11T06:30:00Z"),
				Instant.parse("2026-03-11T05:00:00Z")))
			.containsExactly(LocalDate.parse("2026-03-10"));
	}

	@Test
	void aFiringAfterSeveralMissedNightsScoresThemAllUpToAWeek() {
		CronExpression cron = new NightlySchedule(NIGHTLY, NEW_YORK).expression();
		// last fired 02:30 of 9 March; back at 11:00 EDT of 13 March
		assertThat(BusinessDates.toScore(cron, Instant.parse("2026-03-13T15:00:00Z"),
				Instant.parse("2026-03-09T06:30:00Z")))
			.containsExactly(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-10"),
					LocalDate.parse("2026-03-11"), LocalDate.parse("2026-03-12"));
		// last fired on New Year's Day: only the last week
		assertThat(BusinessDates.toScore(cron, Instant.parse("2026-03-13T15:00:00Z"),
				Instant.parse("2026-01-01T07:30:00Z")))
			.hasSize(BusinessDates.MAX_DATES)
			.startsWith(LocalDate.parse("2026-03-06"))
			.endsWith(LocalDate.parse("2026-03-12"));
		// never fired before (or a recovery on another node): the one date
		assertThat(BusinessDates.toScore(cron, Instant.parse("2026-03-13T15:00:00Z"), null))
			.containsExactly(LocalDate.parse("2026-03-12"));
	}

	@Test
	void theMeantTimeIsFoundForFrequentAndRareExpressions() {
		CronExpression everyMinute = new NightlySchedule("0 * * * * ?", UTC).expression();
		assertThat(BusinessDates.meantFireTime(everyMinute, Instant.parse("2026-03-10T10:15:42.500Z")))
			.isEqualTo("2026-03-10T10:15:00Z");
		CronExpression yearly = new NightlySchedule("0 30 2 1 1 ?", UTC).expression();
		assertThat(BusinessDates.meantFireTime(yearly, Instant.parse("2026-12-31T10:00:00Z")))
			.isEqualTo("2026-01-01T02:30:00Z");
		// none in the year before: the scheduled time itself
		CronExpression never = new NightlySchedule("0 30 2 * * ? 2099", UTC).expression();
		assertThat(BusinessDates.meantFireTime(never, Instant.parse("2026-03-10T10:00:00Z")))
			.isEqualTo("2026-03-10T10:00:00Z");
	}

	private static LocalDate scoredBy(String fireTime, ZoneId zone) {
		return BusinessDates.scoredBy(Instant.parse(fireTime), zone);
	}

	private static List<Instant> fireTimes(CronExpression cron, String after, int count) {
		List<Instant> times = new ArrayList<>();
		Date time = Date.from(Instant.parse(after));
		for (int i = 0; i < count; i++) {
			time = cron.getTimeAfter(time);
			times.add(time.toInstant());
		}
		return times;
	}

	/** The dates each of the next firings scores, as the trigger would fire them. */
	private static List<List<LocalDate>> datesOfConsecutiveFirings(CronExpression cron, String after, int count) {
		List<List<LocalDate>> dates = new ArrayList<>();
		Instant previous = null;
		for (Instant fireTime : fireTimes(cron, after, count)) {
			dates.add(BusinessDates.toScore(cron, fireTime, previous));
			previous = fireTime;
		}
		return dates;
	}

}
