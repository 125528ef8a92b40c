package io.wascorecards.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code scorecards.api.*}.
 *
 * @param users the API's users by name
 * @param maxRangeDays how many dates one request may run at most
 * @param queueCheckInterval how often a server looks for runs asked that no server has
 * started (those a stopped server left)
 */
@ConfigurationProperties("scorecards.api")
public record ApiProperties(Map<String, User> users, @DefaultValue("31") int maxRangeDays,
		@DefaultValue("30s") Duration queueCheckInterval) {

	public ApiProperties {
		users = (users != null) ? Map.copyOf(users) : Map.of();
		if (maxRangeDays < 1) {
			throw new IllegalArgumentException("scorecards.api.max-range-days must be at least 1");
		}
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

		public User {
			roles = (roles != null) ? List.copyOf(roles) : List.of();
		}

	}

}
