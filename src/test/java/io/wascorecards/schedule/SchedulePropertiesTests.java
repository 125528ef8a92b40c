package io.wascorecards.schedule;

import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Binding {@code scorecards.schedule.*} as Spring Boot does.
 */
class SchedulePropertiesTests {

	@Test
	void byDefaultEveryNightAt0230InTheScorecardsZone() {
		ScheduleProperties properties = bind(Map.of());
		assertThat(properties.enabled()).isTrue();
		assertThat(properties.resolve(ZoneId.of("America/Santiago")))
			.isEqualTo(new NightlySchedule("0 30 2 * * ?", ZoneId.of("America/Santiago")));
	}

	@Test
	void aZoneOfItsOwnWins() {
		ScheduleProperties properties = bind(
				Map.of("scorecards.schedule.cron", "0 0 4 ? * MON-FRI", "scorecards.schedule.zone", "Europe/Madrid"));
		assertThat(properties.resolve(ZoneId.of("UTC")))
			.isEqualTo(new NightlySchedule("0 0 4 ? * MON-FRI", ZoneId.of("Europe/Madrid")));
	}

	@Test
	void anInvalidCronFailsNamingTheProperty() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("scorecards.schedule.cron", "every night")))
			.havingRootCause()
			.withMessageStartingWith("scorecards.schedule.cron is not a valid Quartz cron expression ('every night')");
		// a Spring (not Quartz) expression: both day fields set
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("scorecards.schedule.cron", "0 30 2 * * *")))
			.havingRootCause()
			.withMessageStartingWith("scorecards.schedule.cron is not a valid Quartz cron expression ('0 30 2 * * *')");
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("scorecards.schedule.cron", " ")))
			.havingRootCause()
			.withMessage("scorecards.schedule.cron must not be empty");
	}

	private static ScheduleProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("scorecards.schedule",
				ScheduleProperties.class);
	}

}
