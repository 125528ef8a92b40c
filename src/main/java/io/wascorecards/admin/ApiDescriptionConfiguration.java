package io.wascorecards.admin;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's own description, OpenAPI 3 at {@code /v3/api-docs}: generated from the
 * controllers (their mappings, constraints and annotations), read by the API's users like
 * the API. What the controllers refer to is here: the HTTP basic scheme and the problem
 * bodies of the refusals.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiDescriptionConfiguration {

	/** The security scheme of every operation. */
	static final String BASIC = "basic";

	static final String BAD_REQUEST = "#/components/responses/BadRequest";

	static final String UNAUTHORIZED = "#/components/responses/Unauthorized";

	static final String FORBIDDEN = "#/components/responses/Forbidden";

	static final String NOT_FOUND = "#/components/responses/NotFound";

	static final String TOO_LARGE = "#/components/responses/TooLarge";

	private static final String PROBLEM = "Problem";

	@Bean
	OpenAPI apiDescription() {
		String version = ApiDescriptionConfiguration.class.getPackage().getImplementationVersion();
		return new OpenAPI()
			.info(new Info().title("wa-scorecards admin API")
				.version((version != null) ? version : "development")
				.description("Runs of the nightly scorecards started and followed, scorecards and their PDFs read."
						+ " Every error is an RFC 9457 problem body (application/problem+json)."))
			.components(
					new Components()
						.addSecuritySchemes(BASIC,
								new SecurityScheme().type(SecurityScheme.Type.HTTP)
									.scheme("basic")
									.description("A user of scorecards.api.users: ADMIN starts runs and reads,"
											+ " VIEWER reads"))
						.addSchemas(PROBLEM, problem())
						.addResponses("BadRequest",
								refusal("Invalid request: a value, or the body, is not what this request takes (field"
										+ " names it)"))
						.addResponses("Unauthorized",
								refusal("No user, or a wrong password").addHeaderObject("WWW-Authenticate",
										new Header().description("Basic realm=\"wa-scorecards\"")
											.schema(new StringSchema())))
						.addResponses("Forbidden",
								refusal("The user's role may not do this: starting runs takes ADMIN"))
						.addResponses("NotFound", refusal("Nothing at this address"))
						.addResponses("TooLarge",
								refusal("The body is larger than " + BodyLimitFilter.LIMIT / 1024 + " KB")));
	}

	/** RFC 9457's members, and the API's own. */
	private static Schema<?> problem() {
		return new ObjectSchema().description("An RFC 9457 problem")
			.addProperty("type", new StringSchema().format("uri-reference").example("about:blank"))
			.addProperty("title", new StringSchema().example("Invalid request"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("'to' is not a date YYYY-MM-DD: 2026-02-30"))
			.addProperty("field",
					new StringSchema().description("For an invalid request: the member or parameter at fault")
						.example("to"))
			.required(List.of("type", "title", "status", "detail"));
	}

	private static ApiResponse refusal(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

}
