package io.wascorecards.admin;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP basic authentication with the users of {@code scorecards.api.users}: {@code ADMIN}
 * starts runs, {@code VIEWER} (and {@code ADMIN}) reads; nothing but health is open to
 * anyone. Refusals are RFC 9457 problem bodies like every other error.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurityConfiguration {

	static final String ADMIN = "ADMIN";

	static final String VIEWER = "VIEWER";

	private static final Set<String> ROLES = Set.of(ADMIN, VIEWER);

	/** Spring Security's encodings that hash ({noop} does not). */
	private static final Pattern HASHED = Pattern.compile("\\{(bcrypt|argon2|scrypt|pbkdf2)[^}]*}.+");

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			// the error page shows what went wrong with a request that got this far
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/runs")
			.hasRole(ADMIN)
			.requestMatchers("/api/**", "/actuator/**")
			.hasAnyRole(ADMIN, VIEWER)
			.anyRequest()
			.denyAll())
			.httpBasic((basic) -> basic
				.authenticationEntryPoint((request, response, ex) -> Problems.write(response, HttpStatus.UNAUTHORIZED,
						true, "Authentication required: HTTP basic with a user of scorecards.api.users")))
			.exceptionHandling((handling) -> handling.accessDeniedHandler((request, response, ex) -> Problems
				.write(response, HttpStatus.FORBIDDEN, false, "Your role may not do this")))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// a stateless API with basic authentication: no cookie a forged form could
			// ride on
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	UserDetailsService apiUsers(ApiProperties properties) {
		List<UserDetails> users = properties.users().entrySet().stream().map((entry) -> {
			String name = entry.getKey();
			ApiProperties.User user = entry.getValue();
			if (user.password() == null || !HASHED.matcher(user.password()).matches()) {
				throw new IllegalStateException("scorecards.api.users." + name
						+ ".password must be a hashed password such as {bcrypt}$2a$10$…, never plain text");
			}
			if (user.roles().isEmpty() || !ROLES.containsAll(user.roles())) {
				throw new IllegalStateException(
						"scorecards.api.users." + name + ".roles must be ADMIN and/or VIEWER, not " + user.roles());
			}
			return User.withUsername(name).password(user.password()).roles(user.roles().toArray(String[]::new)).build();
		}).toList();
		return new InMemoryUserDetailsManager(users);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
