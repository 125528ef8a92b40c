package io.wascorecards.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The real payloads of the shared Meta webhook fixtures, by default next to the project
 * directory (set the system property to read them from elsewhere); the tests that use
 * them are skipped where they are not.
 */
final class MetaWebhookFixtures {

	private static final String FIXTURES_PROPERTY = "scorecards.test.meta-webhook-fixtures";

	private static final String DEFAULT_FIXTURES = "../shared/fixtures/meta-webhooks";

	private MetaWebhookFixtures() {
	}

	/**
	 * Stores every payload of the fixtures as a webhook row (a file is one payload, or an
	 * object naming one payload per key).
	 * @param jdbc the database
	 * @param receivedAt when the rows were received
	 * @return how many files were read
	 */
	static int insert(JdbcTemplate jdbc, String receivedAt) {
		Path fixtures = Paths.get(System.getProperty(FIXTURES_PROPERTY, DEFAULT_FIXTURES));
		assumeThat(Files.isDirectory(fixtures)).as("the shared Meta webhook fixtures are available").isTrue();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(fixtures)) {
			files = walk.filter((file) -> file.toString().endsWith(".json")).sorted().toList();
			assumeThat(files).as("fixture payloads").isNotEmpty();
			for (Path file : files) {
				jdbc.update("""
						INSERT INTO wa_webhook_event (received_at, payload)
						SELECT CAST(? AS timestamptz), p.payload
						FROM (SELECT CAST(? AS jsonb) AS doc) f
						CROSS JOIN LATERAL (
						    SELECT f.doc AS payload
						    WHERE jsonb_typeof(f.doc) <> 'object' OR jsonb_exists(f.doc, 'object')
						    UNION ALL
						    SELECT e.value FROM jsonb_each(CASE
						        WHEN jsonb_typeof(f.doc) = 'object' AND NOT jsonb_exists(f.doc, 'object') THEN f.doc
						    END) e
						) p""", receivedAt, Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files.size();
	}

}
