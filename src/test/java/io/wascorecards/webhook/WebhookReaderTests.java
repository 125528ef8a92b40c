package io.wascorecards.webhook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.wascorecards.DatabaseTest;
import io.wascorecards.kpi.KpiScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The webhook read in time slices: each row of a date's range is read exactly once,
 * whichever slice it falls in, and reads of overlapping ranges running at once share the
 * rows between them without reading one twice. W is 2026-03-10 in Mexico City (UTC-6), so
 * the range is [2026-03-10T06:00Z, 2026-03-12T06:00Z) with A = 24 h.
 */
@DatabaseTest
class WebhookReaderTests {

	private static final LocalDate DAY = LocalDate.parse("2026-03-10");

	private static final String PHONE = "100000000000001";

	private static final String WABA = "200000000000001";

	@Autowired
	private WebhookReader reader;

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		this.scenario.connection(PHONE, WABA, "5215512345678", "Óptica Visión", "America/Mexico_City");
	}

	@Test
	void rowsOnEverySliceBoundaryAreReadOnceAndRowsOutsideTheRangeAreNot() {
		WebhookReader.Window window = this.reader.window(DAY);
		assertThat(window).isEqualTo(
				new WebhookReader.Window(Instant.parse("2026-03-10T06:00:00Z"), Instant.parse("2026-03-12T06:00:00Z")));
		List<Instant> inside = new ArrayList<>();
		for (WebhookReader.Window slice : window.split(16)) {
			inside.add(slice.from());
			inside.add(slice.to().minus(1, ChronoUnit.MICROS));
		}
		inside.forEach((receivedAt) -> status(receivedAt, "wamid." + receivedAt));
		status(window.from().minus(1, ChronoUnit.MICROS), "wamid.before");
		status(window.to(), "wamid.after");
		// a broken unit on a boundary is set aside once
		this.scenario.statuses(window.split(16).get(5).from().toString(), WABA, PHONE, "[{\"status\":\"sent\"}]");

		WebhookReader.Reading first = this.reader.read(DAY, 0, false);

		assertThat(first.rows()).isEqualTo(inside.size() + 1);
		assertThat(first.setAside()).isEqualTo(1);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(inside.size());
		assertThat(this.jdbc.queryForList("SELECT wamid FROM webhook_status", String.class))
			.doesNotContain("wamid.before", "wamid.after");
		assertThat(this.reader.read(DAY, 0, false).rows()).isZero();
		WebhookReader.Reading reread = this.reader.read(DAY, 0, true);
		assertThat(reread.rows()).isEqualTo(inside.size() + 1);
		assertThat(reread.setAside()).isEqualTo(1);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(inside.size());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM webhook_finding", Long.class)).isOne();
	}

	@Test
	void overlappingReadsAtOnceReadEveryRowOnce() {
		// 03-10 and 03-11 need [03-10T06:00Z, 03-12T06:00Z) and [03-11T06:00Z,
		// 03-13T06:00Z): a day in common
		Instant start = Instant.parse("2026-03-10T06:00:00Z");
		int rows = 3 * 24 * 20;
		for (int i = 0; i < rows; i++) {
			status(start.plus(i * 3, ChronoUnit.MINUTES), "wamid." + i);
		}
		LocalDate next = DAY.plusDays(1);

		CompletableFuture<WebhookReader.Reading> one = CompletableFuture
			.supplyAsync(() -> this.reader.read(DAY, 1, false));
		CompletableFuture<WebhookReader.Reading> other = CompletableFuture
			.supplyAsync(() -> this.reader.read(next, 2, false));

		assertThat(one.join().rows() + other.join().rows()).isEqualTo(rows);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows);
	}

	@Test
	void aSliceThatFailsIsReadByTheNextRunAndTheCommittedOnesAreNotReadAgain() {
		Instant start = Instant.parse("2026-03-10T06:00:00Z");
		int rows = 2 * 24;
		for (int i = 0; i < rows; i++) {
			status(start.plus(i, ChronoUnit.HOURS), "wamid." + i);
		}
		// the slice holding the row received at 12:00 fails, as if its backend died
		this.jdbc.execute("""
				CREATE FUNCTION fail_one_claim() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    IF (SELECT received_at FROM wa_webhook_event WHERE id = NEW.event_id) = '2026-03-10T12:00:00Z' THEN
				        RAISE EXCEPTION 'backend died';
				    END IF;
				    RETURN NEW;
				END $$;
				CREATE TRIGGER fail_one_claim BEFORE INSERT ON webhook_parse_log
				    FOR EACH ROW EXECUTE FUNCTION fail_one_claim()""");
		try {
			assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.reader.read(DAY, 1, false))
				.withMessageContaining("backend died");
		}
		finally {
			this.jdbc.execute("DROP TRIGGER fail_one_claim ON webhook_parse_log; DROP FUNCTION fail_one_claim()");
		}
		// 16 slices of 3 h: the failed one held 12:00, 13:00 and 14:00; the ones not
		// started
		// yet were left too
		int readBefore = statusesPerRow().size();
		assertThat(readBefore).isBetween(6, rows - 3);
		assertThat(this.jdbc.queryForList("SELECT wamid FROM webhook_status", String.class))
			.contains("wamid.0", "wamid.5")
			.doesNotContain("wamid.6", "wamid.7", "wamid.8");

		WebhookReader.Reading next = this.reader.read(DAY, 2, false);

		assertThat(next.rows()).isEqualTo(rows - readBefore);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows);
	}

	private void status(Instant receivedAt, String wamid) {
		this.scenario.status(receivedAt.toString(), WABA, PHONE, wamid, "sent", null);
	}

	private List<Long> statusesPerRow() {
		return this.jdbc.queryForList("SELECT count(*) FROM webhook_status GROUP BY event_id", Long.class);
	}

}
