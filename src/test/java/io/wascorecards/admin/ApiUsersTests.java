package io.wascorecards.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ApiUsersTests {

	@ParameterizedTest
	@ValueSource(strings = { "secret", "{noop}secret", "{bcrypt}", "" })
	void aPasswordThatIsNotHashedStopsTheStartUp(String password) {
		ApiProperties properties = new ApiProperties(Map.of("ana", new ApiProperties.User(password, List.of("ADMIN"))),
				31, Duration.ofSeconds(30));
		assertThatIllegalStateException().isThrownBy(() -> new ApiSecurityConfiguration().apiUsers(properties))
			.withMessageContaining("scorecards.api.users.ana.password");
	}

	@Test
	void anUnknownRoleStopsTheStartUp() {
		ApiProperties properties = new ApiProperties(
				Map.of("ana", new ApiProperties.User("{bcrypt}$2a$04$abcdefghijklmnopqrstuv", List.of("ROOT"))), 31,
				Duration.ofSeconds(30));
		assertThatIllegalStateException().isThrownBy(() -> new ApiSecurityConfiguration().apiUsers(properties))
			.withMessageContaining("scorecards.api.users.ana.roles");
	}

	@Test
	void hashedUsersWithTheirRolesAreLoaded() {
		ApiProperties properties = new ApiProperties(
				Map.of("vic", new ApiProperties.User("{bcrypt}$2a$04$abcdefghijklmnopqrstuv", List.of("VIEWER"))), 31,
				Duration.ofSeconds(30));
		assertThat(new ApiSecurityConfiguration().apiUsers(properties).loadUserByUsername("vic").getAuthorities())
			.extracting(Object::toString)
			.containsExactly("ROLE_VIEWER");
	}

}
