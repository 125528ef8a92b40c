package io.wascorecards.admin;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * HTTP basic authentication with the users of {@code scorecards.api.users}: {@code ADMIN}
 * starts runs, {@code VIEWER} (and {@code ADMIN}) reads, the API's description included;
 * nothing but health is open to anyone. Refusals, the firewall's included, are RFC 9457
 * problem bodies like every other error; no body over {@link BodyLimitFilter#LIMIT} is
 * read.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurityConfiguration {

	static final String ADMIN = "ADMIN";

	static final String VIEWER = "VIEWER";

	private static final Log logger = LogFactory.getLog(ApiSecurityConfiguration.class);

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			// the error page shows what went wrong with a request that got this far
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/runs")
			.hasRole(ADMIN)
			// the API's description (springdoc: JSON, and YAML) is read like the API
			.requestMatchers("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
			.hasAnyRole(ADMIN, VIEWER)
			.anyRequest()
			.denyAll())
			.httpBasic((basic) -> basic.authenticationEntryPoint(ApiSecurityConfiguration::challenge))
			.exceptionHandling((handling) -> handling
				.accessDeniedHandler((request, response, ex) -> Problems.write(request, response,
						HttpServletResponse.SC_FORBIDDEN, Problems.detail(HttpServletResponse.SC_FORBIDDEN))))
			// before authentication: an anonymous client may not make the server read
			// more either
			.addFilterAfter(new BodyLimitFilter(), HeaderWriterFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// a stateless API with basic authentication: no cookie a forged form could
			// ride on
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/** 401, with the challenge of HTTP basic. */
	private static void challenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"wa-scorecards\"");
		Problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
				Problems.detail(HttpServletResponse.SC_UNAUTHORIZED));
	}

	/**
	 * The firewall's refusals (an encoded period, a {@code ;}, {@code //}, …): before any
	 * filter of the chain, so without its headers. Its reason quotes the request: logged,
	 * not answered.
	 */
	@Bean
	RequestRejectedHandler requestRejected() {
		return (request, response, ex) -> {
			logger.debug("Request refused by the firewall: " + Excerpts.of(ex.getMessage()));
			Problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST,
					Problems.detail(HttpServletResponse.SC_BAD_REQUEST));
		};
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
