package io.wascorecards.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.wascorecards.TestSmtp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's own description, OpenAPI 3 at {@code /v3/api-docs}, over real HTTP: every
 * endpoint with its security requirement and its refusals, read by the API's users only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "scorecards.embedded.enabled=true",
				"scorecards.embedded.data-dir=target/embedded-pg-api-description", "scorecards.embedded.clean=true",
				"scorecards.output-dir=target/scorecards-api-description" })
@ContextConfiguration(initializers = TestSmtp.class)
class ApiDescriptionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PROBLEM = "application/problem+json";

	@DynamicPropertySource
	static void users(DynamicPropertyRegistry registry) {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
		registry.add("scorecards.api.users.ana.password", () -> "{bcrypt}" + bcrypt.encode("ana-secret"));
		registry.add("scorecards.api.users.ana.roles", () -> "ADMIN");
		registry.add("scorecards.api.users.vic.password", () -> "{bcrypt}" + bcrypt.encode("vic-secret"));
		registry.add("scorecards.api.users.vic.roles", () -> "VIEWER");
	}

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theDescriptionListsEveryEndpointWithItsSecurityRequirement() throws Exception {
		HttpResponse<String> response = get("/v3/api-docs", "vic:vic-secret");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode description = JSON.readTree(response.body());
		assertThat(description.get("openapi").asString()).startsWith("3.");
		Map<String, List<String>> operations = Map.of("/api/runs", List.of("get", "post"), "/api/runs/{id}",
				List.of("get"), "/api/scorecards", List.of("get"), "/api/scorecards/{date}/{phoneNumberId}.pdf",
				List.of("get"));
		assertThat(description.get("paths").propertyNames()).containsExactlyInAnyOrderElementsOf(operations.keySet());
		operations.forEach((path, methods) -> {
			assertThat(description.get("paths").get(path).propertyNames()).as(path)
				.containsExactlyInAnyOrderElementsOf(methods);
			for (String method : methods) {
				JsonNode operation = description.get("paths").get(path).get(method);
				String name = method.toUpperCase() + " " + path;
				assertThat(operation.get("summary").asString()).as(name).isNotBlank();
				assertThat(operation.get("security")).as(name)
					.singleElement()
					.satisfies((requirement) -> assertThat(requirement.propertyNames()).containsExactly("basic"));
				assertThat(operation.get("responses").get("401").get("$ref").asString()).as(name)
					.isEqualTo("#/components/responses/Unauthorized");
			}
		});
		JsonNode scheme = description.get("components").get("securitySchemes").get("basic");
		assertThat(scheme.get("type").asString()).isEqualTo("http");
		assertThat(scheme.get("scheme").asString()).isEqualTo("basic");
	}

	@Test
	void theDescriptionGivesTheRequestBodyAndTheProblemsOfEveryRefusal() throws Exception {
		JsonNode description = JSON.readTree(get("/v3/api-docs", "ana:ana-secret").body());

		JsonNode start = description.get("paths").get("/api/runs").get("post");
		assertThat(start.get("requestBody").get("content").get("application/json").get("schema").get("$ref").asString())
			.isEqualTo("#/components/schemas/RunsRequest");
		JsonNode body = description.get("components").get("schemas").get("RunsRequest");
		assertThat(body.get("properties").propertyNames()).containsExactlyInAnyOrder("from", "to", "connections",
				"email", "resend");
		assertThat(body.get("required")).extracting(JsonNode::asString).containsExactlyInAnyOrder("from", "to");
		assertThat(body.get("properties").get("connections").get("maxItems").asInt()).isEqualTo(1000);
		assertThat(start.get("responses").propertyNames()).containsExactlyInAnyOrder("202", "400", "401", "403", "413");
		assertThat(description.get("paths").get("/api/runs/{id}").get("get").get("responses").propertyNames())
			.contains("200", "400", "404");
		assertThat(answer(description, "/api/runs", "post", "202").propertyNames()).containsExactly("runs");
		assertThat(answer(description, "/api/runs", "get", "200").propertyNames()).containsExactly("runs");
		assertThat(answer(description, "/api/runs/{id}", "get", "200").propertyNames()).contains("id", "date", "status",
				"steps");
		assertThat(answer(description, "/api/scorecards", "get", "200").propertyNames())
			.containsExactlyInAnyOrder("date", "scorecards");
		JsonNode responses = description.get("components").get("responses");
		for (String refusal : List.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "TooLarge")) {
			assertThat(responses.get(refusal).get("content").get(PROBLEM).get("schema").get("$ref").asString())
				.as(refusal)
				.isEqualTo("#/components/schemas/Problem");
		}
		assertThat(description.get("components").get("schemas").get("Problem").get("properties").propertyNames())
			.contains("type", "title", "status", "detail", "field");
		assertThat(description.get("paths")
			.get("/api/scorecards/{date}/{phoneNumberId}.pdf")
			.get("get")
			.get("responses")
			.get("200")
			.get("content")
			.propertyNames()).containsExactly("application/pdf");
	}

	@Test
	void theDescriptionIsReadByTheApisUsersAndRefusedAnonymously() throws Exception {
		for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml")) {
			assertThat(get(path, "vic:vic-secret").statusCode()).as(path).isEqualTo(200);
			assertThat(get(path, "ana:ana-secret").statusCode()).as(path).isEqualTo(200);
			HttpResponse<String> anonymous = get(path, null);
			assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
			assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic"));
			assertThat(anonymous.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith(PROBLEM));
			assertThat(JSON.readTree(anonymous.body()).get("status").asInt()).isEqualTo(401);
			assertThat(get(path, "vic:wrong").statusCode()).as(path).isEqualTo(401);
		}
	}

	/** The members of the JSON an operation answers with a status. */
	private static JsonNode answer(JsonNode description, String path, String method, String status) {
		String reference = description.get("paths")
			.get(path)
			.get(method)
			.get("responses")
			.get(status)
			.get("content")
			.get("application/json")
			.get("schema")
			.get("$ref")
			.asString();
		return description.get("components")
			.get("schemas")
			.get(reference.substring(reference.lastIndexOf('/') + 1))
			.get("properties");
	}

	private HttpResponse<String> get(String path, String credentials) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
