package io.wascorecards.admin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.wascorecards.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of the API, whichever layer answers it (Tomcat before any filter, Spring
 * Security's firewall, the error page, Spring MVC, the API), as an RFC 9457 problem body
 * with the headers of a normal answer; and no request body over 64 KB read. The requests
 * are written byte for byte on a socket: an HTTP client would normalise their paths.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "scorecards.embedded.enabled=true",
				"scorecards.embedded.data-dir=target/embedded-pg-api-errors", "scorecards.embedded.clean=true",
				"scorecards.output-dir=target/scorecards-api-errors" })
@ContextConfiguration(initializers = TestSmtp.class)
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ANA = "Basic "
			+ Base64.getEncoder().encodeToString("ana:ana-secret".getBytes(StandardCharsets.UTF_8));

	/** Headers of every answer that say nothing of its security. */
	private static final Set<String> TRANSPORT = Set.of("content-type", "content-length", "transfer-encoding", "date",
			"connection", "keep-alive");

	@DynamicPropertySource
	static void users(DynamicPropertyRegistry registry) {
		registry.add("scorecards.api.users.ana.password",
				() -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode("ana-secret"));
		registry.add("scorecards.api.users.ana.roles", () -> "ADMIN");
	}

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	static Stream<Arguments> refusedRequests() {
		String json = "Content-Type: application/json\r\n";
		return Stream.of(Arguments.of("an encoded slash, refused by Tomcat", get("/api/runs/..%2F..%2Fetc"), 400),
				Arguments.of("an encoded backslash, refused by Tomcat", get("/api/%5c.."), 400),
				Arguments.of("an encoded NUL, refused by Tomcat", get("/%00"), 400),
				Arguments.of("a request line Tomcat cannot parse",
						"GET /api/runs x HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
				Arguments.of("not HTTP at all", "HELLO\r\n\r\n", 400),
				Arguments.of("a header Tomcat cannot parse",
						"GET /api/runs HTTP/1.1\r\nHost: localhost\r\nno colon here\r\n\r\n", 400),
				Arguments.of("an HTTP version Tomcat does not speak",
						"GET /api/runs HTTP/9.9\r\nHost: localhost\r\n\r\n", 505),
				Arguments.of("a path parameter, refused by the firewall", get("/api/runs;jsessionid=x"), 400),
				Arguments.of("an encoded period, refused by the firewall", get("/api/runs/%2e%2e/"), 400),
				Arguments.of("a double slash, refused by the firewall", get("/api/runs//1"), 400),
				Arguments.of("a method Tomcat refuses, answered by the error page", request("TRACE", "/api/runs", ""),
						405),
				Arguments.of("a path outside the API", get("/nope"), 403),
				Arguments.of("an unknown path of the API", get("/api/nope"), 404),
				Arguments.of("a wrong method", request("DELETE", "/api/runs", ""), 405),
				Arguments.of("an unsupported media type",
						request("POST", "/api/runs", "Content-Type: text/plain\r\nContent-Length: 2\r\n") + "hi", 415),
				Arguments.of("a malformed body", request("POST", "/api/runs", json + "Content-Length: 2\r\n") + "{x",
						400));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedRequests")
	void everyErrorIsAProblemWithTheHeadersOfANormalAnswer(String description, String request, int status)
			throws Exception {
		Answer normal = exchange(get("/api/runs"));
		assertThat(normal.status()).isEqualTo(200);

		Answer answer = exchange(request);

		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.headers().get("content-type")).singleElement()
			.asString()
			.startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.get("type").asString()).isNotBlank();
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
		Map<String, List<String>> security = new TreeMap<>(normal.headers());
		security.keySet().removeAll(TRANSPORT);
		assertThat(security).isNotEmpty();
		assertThat(answer.headers()).containsAllEntriesOf(security);
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsGivenOrNot() throws Exception {
		String body = "{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\",\"connections\":[" + ids(4000) + "]}";
		assertThat(body.length()).isGreaterThan(64 * 1024);

		for (HttpResponse<byte[]> refused : List.of(post("/api/runs", ANA, sized(body)),
				post("/api/runs", ANA, chunked(body)), post("/api/runs", null, chunked(body)),
				post("/actuator/health", null, sized(body)), post("/api/scorecards", ANA, chunked(body)))) {
			assertThat(refused.statusCode()).as(refused.uri().getPath()).isEqualTo(413);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
			assertThat(JSON.readTree(refused.body()).get("detail").asString())
				.isEqualTo("The request body is larger than 64 KB");
			assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM run_request", Integer.class)).isZero();
	}

	@Test
	void aBodyOfExactly64KbWithoutItsLengthIsReadWhole() throws Exception {
		String body = "{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\",\"connections\":[\"999\"]}";
		String padded = body + " ".repeat(64 * 1024 - body.length());

		HttpResponse<byte[]> read = post("/api/runs", ANA, chunked(padded));
		HttpResponse<byte[]> oneByteMore = post("/api/runs", ANA, chunked(padded + " "));

		assertThat(read.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(read.body()).get("detail").asString()).isEqualTo("unknown phone_number_id: 999");
		assertThat(oneByteMore.statusCode()).isEqualTo(413);
	}

	@Test
	void seventyThousandConnectionsAreRefusedBeforeTheDatabaseSeesThem() throws Exception {
		String body = "{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\",\"connections\":[" + ids(70_000) + "]}";

		HttpResponse<byte[]> refused = post("/api/runs", ANA, sized(body));

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM run_request", Integer.class)).isZero();
	}

	@Test
	void aFailureOfTheServerIsAProblemAndItsReasonIsLogged(CapturedOutput output) throws Exception {
		Answer normal = exchange(get("/api/runs"));
		Answer answer;
		this.jdbc.execute("ALTER TABLE run_request RENAME TO run_request_away");
		try {
			answer = exchange(get("/api/runs/1"));
		}
		finally {
			this.jdbc.execute("ALTER TABLE run_request_away RENAME TO run_request");
		}

		assertThat(answer.status()).isEqualTo(500);
		assertThat(answer.headers().get("content-type")).singleElement()
			.asString()
			.startsWith("application/problem+json");
		assertThat(JSON.readTree(answer.body()).get("detail").asString())
			.isEqualTo("The server could not answer this request; the reason is in its log");
		assertThat(answer.headers()).containsEntry("x-frame-options", normal.headers().get("x-frame-options"));
		assertThat(output).contains("GET /api/runs/1 failed").contains("run_request");
	}

	private static String get(String target) {
		return request("GET", target, "");
	}

	private static String request(String method, String target, String headers) {
		return method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ANA + "\r\n" + headers
				+ "Connection: close\r\n\r\n";
	}

	private static String ids(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((i) -> "\"" + (900000000000000L + i) + "\"")
			.collect(Collectors.joining(","));
	}

	private static HttpRequest.BodyPublisher sized(String body) {
		return HttpRequest.BodyPublishers.ofString(body);
	}

	/** Without Content-Length: sent in chunks. */
	private static HttpRequest.BodyPublisher chunked(String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
	}

	private HttpResponse<byte[]> post(String path, String authorization, HttpRequest.BodyPublisher body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.POST(body)
			.header("Content-Type", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private Answer exchange(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return Answer.of(socket.getInputStream().readAllBytes());
		}
	}

	/**
	 * An answer read off the socket.
	 *
	 * @param status its status
	 * @param headers its headers by lower-case name
	 * @param body its body, chunks joined
	 */
	private record Answer(int status, Map<String, List<String>> headers, String body) {

		static Answer of(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			List<String> head = List.of(text.substring(0, end).split("\r\n"));
			Map<String, List<String>> headers = new TreeMap<>();
			for (String line : head.subList(1, head.size())) {
				int colon = line.indexOf(':');
				headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(), (name) -> new ArrayList<>())
					.add(line.substring(colon + 1).trim());
			}
			String body = text.substring(end + 4);
			if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
				body = unchunk(body);
			}
			return new Answer(Integer.parseInt(head.get(0).split(" ")[1]), headers,
					new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		}

		private static String unchunk(String chunked) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int at = 0;
			while (true) {
				int lineEnd = chunked.indexOf("\r\n", at);
				int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
				if (size == 0) {
					return body.toString(StandardCharsets.ISO_8859_1);
				}
				body.writeBytes(
						chunked.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.ISO_8859_1));
				at = lineEnd + 2 + size + 2;
			}
		}

	}

}
