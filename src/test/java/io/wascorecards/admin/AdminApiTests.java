package io.wascorecards.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.wascorecards.TestSmtp;
import io.wascorecards.job.RunRequest;
import io.wascorecards.job.RunRequests;
import io.wascorecards.kpi.KpiScenario;
import io.wascorecards.report.BrandDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin HTTP API of {@code serve} over real HTTP: authentication and roles, the
 * problem bodies of every refusal, and a run started, followed to the end and its PDF
 * downloaded.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "scorecards.embedded.enabled=true",
				"scorecards.embedded.data-dir=target/embedded-pg-api", "scorecards.embedded.clean=true",
				"scorecards.output-dir=target/scorecards-api", "scorecards.max-range-days=5",
				"scorecards.api.queue-check-interval=500ms" })
@ContextConfiguration(initializers = TestSmtp.class)
@Import(KpiScenario.class)
class AdminApiTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.server());

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final LocalDate DATE = LocalDate.parse("2026-03-10");

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

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private RunRequests requests;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		new BrandDay(this.scenario, this.jdbc).brand("100000000000501", "200000000000501", "5215512340501",
				"Óptica Visión", "es", DATE);
	}

	/**
	 * No run left running into the next test, whose reset it would block (a request
	 * refused wrongly, for one, starts runs nobody waits for).
	 */
	@AfterEach
	void awaitEveryRun() throws Exception {
		for (long id : this.jdbc.queryForList("SELECT id FROM run_request", Long.class)) {
			awaitEnd(id);
		}
	}

	@Test
	void healthIsOpenToAnyoneAndShowsTheDatabaseAndTheMailServerToUsers() throws Exception {
		assertThat(send("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
		JsonNode health = json(send("GET", "/actuator/health", "vic:vic-secret", null));
		assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").get("mail").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void nothingElseIsReachableAnonymously() throws Exception {
		for (String path : List.of("/api/runs", "/api/runs/1", "/api/scorecards?date=2026-03-10",
				"/actuator/metrics")) {
			HttpResponse<byte[]> response = send("GET", path, null, null);
			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic"));
			assertThat(problem(response).get("status").asInt()).isEqualTo(401);
		}
		assertThat(send("GET", "/api/runs", "ana:wrong", null).statusCode()).isEqualTo(401);
	}

	@Test
	void aViewerReadsButMayNotStartRuns() throws Exception {
		assertThat(send("GET", "/api/runs", "vic:vic-secret", null).statusCode()).isEqualTo(200);
		HttpResponse<byte[]> refused = send("POST", "/api/runs", "vic:vic-secret",
				"{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\"}");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(problem(refused).get("status").asInt()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM run_request", Integer.class)).isZero();
	}

	@Test
	void anAdminStartsARunFollowsItToTheEndAndDownloadsThePdf() throws Exception {
		HttpResponse<byte[]> accepted = send("POST", "/api/runs", "ana:ana-secret",
				"{\"from\":\"2026-03-09\",\"to\":\"2026-03-10\",\"connections\":[\"100000000000501\"],\"email\":false}");

		assertThat(accepted.statusCode()).isEqualTo(202);
		JsonNode runs = json(accepted).get("runs");
		assertThat(runs).hasSize(2);
		assertThat(runs.get(0).get("date").asString()).isEqualTo("2026-03-09");
		assertThat(runs.get(1).get("date").asString()).isEqualTo("2026-03-10");
		long id = runs.get(1).get("id").asLong();
		JsonNode run = awaitEnd(id);
		assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(run.get("requestedBy").asString()).isEqualTo("api:ana");
		assertThat(run.get("steps")).extracting((step) -> step.get("name").asString())
			.containsExactly("webhookRead", "dailyKpis", "kpiBackfill", "scorecards", "scorecardPdfs", "portfolioPdfs",
					"emails");
		assertThat(run.get("steps").get(1).get("partitionsDone").asInt())
			.isEqualTo(run.get("steps").get(1).get("partitions").asInt());

		JsonNode scorecards = json(send("GET", "/api/scorecards?date=2026-03-10", "vic:vic-secret", null));
		JsonNode scorecard = scorecards.get("scorecards").get(0);
		assertThat(scorecard.get("phoneNumberId").asString()).isEqualTo("100000000000501");
		String pdfPath = scorecard.get("pdf").asString();
		assertThat(pdfPath).isEqualTo("/api/scorecards/2026-03-10/100000000000501.pdf");
		HttpResponse<byte[]> pdf = send("GET", pdfPath, "vic:vic-secret", null);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		Path stored = Path
			.of(this.jdbc.queryForObject("SELECT pdf_path FROM scorecard WHERE business_date = ?", String.class, DATE));
		assertThat(pdf.body()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII))
			.isEqualTo(Files.readAllBytes(stored));
		assertThat(json(send("GET", "/api/runs?from=2026-03-09&to=2026-03-10", "vic:vic-secret", null)).get("runs"))
			.hasSize(2);
		assertThat(json(send("GET", "/api/runs?from=2026-03-10", "vic:vic-secret", null)).get("runs")).hasSize(1);
		assertThat(json(send("GET", "/api/runs", "vic:vic-secret", null)).get("runs"))
			.extracting((listed) -> listed.get("id").asLong())
			.containsExactly(id, runs.get(0).get("id").asLong());
		JsonNode metrics = json(send("GET", "/actuator/metrics", "ana:ana-secret", null)).get("names");
		assertThat(metrics).extracting(JsonNode::asString)
			.contains("spring.batch.job", "spring.batch.step", "scorecards.pdfs.rendered");
	}

	@Test
	void aRunWaitsWhileAnotherServerHasTheTurnAndStartsWithoutBeingAskedAgainOnceItIsFree() throws Exception {
		// another server holds the queue's turn (it is running something)
		long id;
		try (Connection other = this.dataSource.getConnection(); Statement statement = other.createStatement()) {
			statement.execute("SELECT pg_advisory_lock(hashtext('wa-scorecards:api-runs'), 0)");
			try {
				// a run asked of that server (this one is not woken up)
				id = this.requests
					.queue(RunRequest.rerun(DATE, DATE, List.of(), null, false, false), RunRequests.api("ana"))
					.id();
				Thread.sleep(1500);
				assertThat(json(send("GET", "/api/runs/" + id, "vic:vic-secret", null)).get("status").asString())
					.isEqualTo("STARTING");
			}
			finally {
				// that server stops, and its session's lock goes (a pooled connection
				// stays open: let go of it by hand)
				statement.execute("SELECT pg_advisory_unlock_all()");
			}
		}

		// this server's next check starts it
		JsonNode run = awaitEnd(id);

		assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM scorecard WHERE business_date = ?", Long.class, DATE))
			.isOne();
	}

	@Test
	void aRunAskedADayAgoThatNoServerStartedIsRefused() throws Exception {
		// (asked a day ago in one statement: the queue must never see it younger)
		long id = this.jdbc.queryForObject("""
				INSERT INTO run_request (business_date, connections, email, resend, rerun, requested_by, requested_at)
				VALUES (?, '{}', false, false, true, ?, now() - interval '25 hours') RETURNING id""", Long.class, DATE,
				RunRequests.api("ana"));

		JsonNode run = awaitEnd(id);

		assertThat(run.get("status").asString()).isEqualTo("ABANDONED");
		assertThat(run.get("refusal").asString()).startsWith("no server started it within 24 hours");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM scorecard", Long.class)).isZero();
	}

	static Stream<Arguments> invalidRuns() {
		return Stream.of(Arguments.of("{\"to\":\"2026-03-10\"}", "from"),
				Arguments.of("{\"from\":\"10/03/2026\",\"to\":\"2026-03-10\"}", "from"),
				Arguments.of("{\"from\":\"2026-03-10\",\"to\":\"2026-03-32\"}", "to"),
				Arguments.of("{\"from\":\"2026-03-10\",\"to\":\"2026-03-09\"}", "to"),
				Arguments.of("{\"from\":\"2026-03-10\",\"to\":\"2999-01-01\"}", "to"),
				// before scorecards.earliest-date, as the command line refuses it
				Arguments.of("{\"from\":\"2000-01-01\",\"to\":\"2000-01-02\"}", "from"),
				Arguments.of("{\"from\":\"2026-03-01\",\"to\":\"2026-03-10\"}", "to"),
				Arguments.of("{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\",\"connections\":[\"999\"]}",
						"connections"),
				Arguments.of("{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\",\"connections\":[\"../x\"]}",
						"connections"),
				Arguments.of("{\"from\":\"-999999-01-01\",\"to\":\"2026-03-10\"}", "from"),
				Arguments.of("{\"from\":\"2026-02-30\",\"to\":\"2026-03-10\"}", "from"),
				// a misspelt field must not quietly run every connection
				Arguments.of("{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\",\"connection\":[\"100000000000501\"]}",
						"connection"),
				Arguments.of("{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\",\"email\":\"maybe\"}", "email"));
	}

	@ParameterizedTest
	@MethodSource("invalidRuns")
	void anInvalidRunRequestGetsAProblemNamingTheField(String body, String field) throws Exception {
		HttpResponse<byte[]> response = send("POST", "/api/runs", "ana:ana-secret", body);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.get("field").asString()).isEqualTo(field);
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM run_request", Integer.class)).isZero();
	}

	static Stream<Arguments> membersOfTheWrongJsonType() {
		String dates = "\"from\":\"2026-03-10\",\"to\":\"2026-03-10\"";
		return Stream.of(Arguments.of("{" + dates + ",\"email\":1}", "email", "'email' must be true or false"),
				Arguments.of("{" + dates + ",\"email\":\"true\"}", "email", "'email' must be true or false"),
				Arguments.of("{" + dates + ",\"email\":null}", "email", "'email' must be true or false"),
				Arguments.of("{" + dates + ",\"resend\":0}", "resend", "'resend' must be true or false"),
				Arguments.of("{" + dates + ",\"resend\":\"false\"}", "resend", "'resend' must be true or false"),
				Arguments.of("{\"from\":20260310,\"to\":\"2026-03-10\"}", "from", "'from' must be a JSON string"),
				// a number that is a known connection's id
				Arguments.of("{" + dates + ",\"connections\":[100000000000501]}", "connections",
						"item 0 of 'connections' must be a JSON string"),
				Arguments.of("{" + dates + ",\"connections\":\"100000000000501\"}", "connections",
						"'connections' must be a JSON list"),
				// not "every connection"
				Arguments.of("{" + dates + ",\"connections\":null}", "connections",
						"'connections' must be a JSON list"),
				Arguments.of("{" + dates + ",\"connections\":[\"100000000000501\",null]}", "connections",
						"item 1 of 'connections' must be a JSON string"));
	}

	@ParameterizedTest
	@MethodSource("membersOfTheWrongJsonType")
	void aMemberOfTheWrongJsonTypeIsRefusedNotConverted(String body, String field, String detail) throws Exception {
		HttpResponse<byte[]> response = send("POST", "/api/runs", "ana:ana-secret", body);

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = problem(response);
		assertThat(problem.get("field").asString()).isEqualTo(field);
		assertThat(problem.get("detail").asString()).isEqualTo(detail);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM run_request", Integer.class)).isZero();
	}

	@Test
	void aMemberGivenTwiceIsRefused() throws Exception {
		HttpResponse<byte[]> response = send("POST", "/api/runs", "ana:ana-secret",
				"{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\",\"email\":false,\"email\":true}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(problem(response).get("status").asInt()).isEqualTo(400);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM run_request", Integer.class)).isZero();
	}

	@Test
	void eachConnectionIsRunOnceInTheOrderFirstNamedAndAbsentMembersKeepTheirDefaults() throws Exception {
		new BrandDay(this.scenario, this.jdbc).brand("100000000000502", "200000000000502", "5215512340502",
				"Ótica Visão", "pt", DATE);
		String connections = String.join(",", Collections.nCopies(1500, "\"100000000000502\",\"100000000000501\""));

		HttpResponse<byte[]> accepted = send("POST", "/api/runs", "ana:ana-secret",
				"{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\",\"connections\":[" + connections + "]}");

		assertThat(accepted.statusCode()).isEqualTo(202);
		long id = json(accepted).get("runs").get(0).get("id").asLong();
		RunRequest request = this.requests.find(id).request();
		assertThat(request.connections()).containsExactly("100000000000502", "100000000000501");
		assertThat(request.email()).isTrue();
		assertThat(request.resend()).isFalse();
		assertThat(awaitEnd(id).get("status").asString()).isEqualTo("COMPLETED");
	}

	@Test
	void moreThanAThousandDistinctConnectionsAreRefused() throws Exception {
		HttpResponse<byte[]> response = send("POST", "/api/runs", "ana:ana-secret",
				"{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\",\"connections\":[" + ids(1001) + "]}");

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = problem(response);
		assertThat(problem.get("field").asString()).isEqualTo("connections");
		assertThat(problem.get("detail").asString())
			.isEqualTo("'connections' may name at most 1000 distinct phone_number_ids per request");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM run_request", Integer.class)).isZero();
	}

	@Test
	void unknownConnectionsAreNamedAFewAndCounted() throws Exception {
		HttpResponse<byte[]> response = send("POST", "/api/runs", "ana:ana-secret",
				"{\"from\":\"2026-03-10\",\"to\":\"2026-03-10\",\"connections\":[" + ids(1000) + "]}");

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = problem(response);
		assertThat(problem.get("field").asString()).isEqualTo("connections");
		assertThat(problem.get("detail").asString()).isEqualTo("unknown phone_number_id: 900000000000001,"
				+ " 900000000000002, 900000000000003, 900000000000004, 900000000000005 and 995 more");
	}

	/** So many distinct phone_number_ids that no connection has, as JSON strings. */
	private static String ids(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((i) -> "\"" + (900000000000000L + i) + "\"")
			.collect(Collectors.joining(","));
	}

	@Test
	void otherBadRequestsGetProblemsToo() throws Exception {
		assertThat(send("POST", "/api/runs", "ana:ana-secret", "{not json").statusCode()).isEqualTo(400);
		assertThat(problem(send("GET", "/api/runs?from=yesterday", "vic:vic-secret", null)).get("field").asString())
			.isEqualTo("from");
		assertThat(problem(send("GET", "/api/scorecards", "vic:vic-secret", null)).get("field").asString())
			.isEqualTo("date");
		assertThat(problem(send("GET", "/api/scorecards/2026-3-10/100000000000501.pdf", "vic:vic-secret", null))
			.get("field")
			.asString()).isEqualTo("date");
		assertThat(problem(send("GET", "/api/runs/abc", "vic:vic-secret", null)).get("field").asString())
			.isEqualTo("id");
		HttpResponse<byte[]> missing = send("GET", "/api/runs/987654", "vic:vic-secret", null);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(problem(missing).get("status").asInt()).isEqualTo(404);
	}

	private JsonNode awaitEnd(long id) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
		while (true) {
			JsonNode run = json(send("GET", "/api/runs/" + id, "vic:vic-secret", null));
			String status = run.get("status").asString();
			if (!List.of("STARTING", "STARTED", "STOPPING").contains(status)) {
				return run;
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("run " + id + " did not end in 5 minutes: " + run);
			}
			Thread.sleep(200);
		}
	}

	private HttpResponse<byte[]> send(String method, String path, String credentials, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static JsonNode json(HttpResponse<byte[]> response) {
		return JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
	}

	private static JsonNode problem(HttpResponse<byte[]> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		return json(response);
	}

}
