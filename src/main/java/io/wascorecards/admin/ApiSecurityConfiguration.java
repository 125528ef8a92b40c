package io.wascorecards.admin;

import java.util.List;

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

	/** The users of {@code scorecards.api.users}, checked when they were bound. */
	@Bean
	UserDetailsService apiUsers(ApiProperties properties) {
		List<UserDetails> users = properties.users()
			.entrySet()
			.stream()
			.map((entry) -> User.withUsername(entry.getKey())
				.password(entry.getValue().password())
				.roles(entry.getValue().roles().toArray(String[]::new))
				.build())
			.toList();
		return new InMemoryUserDetailsManager(users);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
