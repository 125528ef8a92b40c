package io.wascorecards.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.ConfigurationPropertiesBindException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The users of {@code scorecards.api.users}: refused when the settings are bound (so that
 * the command line exits 2 with the reason), never quoting the password.
 */
class ApiUsersTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@ParameterizedTest
	@ValueSource(strings = { "secret", "{noop}secret", "{bcrypt}", "" })
	void aPasswordThatIsNotHashedIsRefusedWhenTheSettingsAreBound(String password) {
		this.context
			.withPropertyValues("scorecards.api.users.ana.password=" + password, "scorecards.api.users.ana.roles=ADMIN")
			.run((started) -> assertThat(refusal(started))
				.isEqualTo("scorecards.api.users.ana.password must be a hashed password such as {bcrypt}$2a$10$…,"
						+ " never plain text"));
	}

	@Test
	void aUserWithoutAPasswordIsRefusedWhenTheSettingsAreBound() {
		this.context.withPropertyValues("scorecards.api.users.ana.roles=ADMIN")
			.run((started) -> assertThat(refusal(started)).startsWith("scorecards.api.users.ana.password must be"));
	}

	@Test
	void theRefusalNeverQuotesThePassword() {
		this.context
			.withPropertyValues("scorecards.api.users.ana.password={noop}Tr0ub4dor&3",
					"scorecards.api.users.ana.roles=ADMIN")
			.run((started) -> assertThat(refusal(started)).doesNotContain("Tr0ub4dor"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ROOT", "ADMIN,ROOT", "admin" })
	void anUnknownRoleIsRefusedWhenTheSettingsAreBound(String roles) {
		this.context
			.withPropertyValues("scorecards.api.users.ana.password={bcrypt}$2a$04$abcdefghijklmnopqrstuv",
					"scorecards.api.users.ana.roles=" + roles)
			.run((started) -> assertThat(refusal(started))
				.startsWith("scorecards.api.users.ana.roles must be ADMIN and/or VIEWER, not ["));
	}

	@Test
	void aUserWithoutRolesIsRefusedWhenTheSettingsAreBound() {
		this.context.withPropertyValues("scorecards.api.users.ana.password={bcrypt}$2a$04$abcdefghijklmnopqrstuv")
			.run((started) -> assertThat(refusal(started))
				.isEqualTo("scorecards.api.users.ana.roles must be ADMIN and/or VIEWER, not []"));
	}

	@Test
	void hashedUsersWithTheirRolesAreLoaded() {
		ApiProperties properties = new ApiProperties(
				Map.of("vic", new ApiProperties.User("{bcrypt}$2a$04$abcdefghijklmnopqrstuv", List.of("VIEWER"))),
				Duration.ofSeconds(30));
		assertThat(new ApiSecurityConfiguration().apiUsers(properties).loadUserByUsername("vic").getAuthorities())
			.extracting(Object::toString)
			.containsExactly("ROLE_VIEWER");
	}

	/** The reason the start-up failed, as the command line prints it. */
	private static String refusal(AssertableApplicationContext started) {
		assertThat(started).hasFailed();
		assertThat(started.getStartupFailure()).isInstanceOf(ConfigurationPropertiesBindException.class);
		return NestedExceptionUtils.getMostSpecificCause(started.getStartupFailure()).getMessage();
	}

	@EnableConfigurationProperties(ApiProperties.class)
	static class Settings {

	}

}
