package io.wascorecards.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code scorecards.api.*}.
 *
 * @param users the API's users by name
 * @param queueCheckInterval how often a server looks for runs asked that no server has
 * started (those a stopped server left)
 */
@ConfigurationProperties("scorecards.api")
public record ApiProperties(Map<String, User> users, @DefaultValue("30s") Duration queueCheckInterval) {

	public ApiProperties {
		users = (users != null) ? Map.copyOf(users) : Map.of();
		// refused here rather than when the users are loaded: a setting refused at
		// binding is a configuration error (exit 2), not a failure to start
		users.forEach(User::check);
		if (queueCheckInterval.isNegative() || queueCheckInterval.isZero()) {
			throw new IllegalArgumentException("scorecards.api.queue-check-interval must be positive");
		}
	}

	/**
	 * A user of the API.
	 *
	 * @param password a Spring Security encoded password, e.g. {@code {bcrypt}$2a$10$…}
	 * @param roles {@code ADMIN} (may start runs) and/or {@code VIEWER} (may read)
	 */
	public record User(String password, List<String> roles) {

		private static final Set<String> ROLES = Set.of(ApiSecurityConfiguration.ADMIN,
				ApiSecurityConfiguration.VIEWER);

		/** Spring Security's encodings that hash ({noop} does not). */
		private static final Pattern HASHED = Pattern.compile("\\{(bcrypt|argon2|scrypt|pbkdf2)[^}]*}.+");

		public User {
			roles = (roles != null) ? List.copyOf(roles) : List.of();
		}

		/**
		 * Refuses a password that is not hashed (never quoting it) or an unknown role.
		 */
		private static void check(String name, User user) {
			if (user.password() == null || !HASHED.matcher(user.password()).matches()) {
				throw new IllegalArgumentException("scorecards.api.users." + name
						+ ".password must be a hashed password such as {bcrypt}$2a$10$…, never plain text");
			}
			if (user.roles().isEmpty() || !ROLES.containsAll(user.roles())) {
				throw new IllegalArgumentException(
						"scorecards.api.users." + name + ".roles must be ADMIN and/or VIEWER, not " + user.roles());
			}
		}

	}

}
