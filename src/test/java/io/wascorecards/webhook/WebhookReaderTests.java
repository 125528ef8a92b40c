package io.wascorecards.webhook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.wascorecards.DatabaseTest;
import io.wascorecards.ScorecardsProperties;
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

	@Autowired
	private ScorecardsProperties properties;

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
		List<WebhookReader.Window> slices = window.split(this.properties.partitions());
		for (WebhookReader.Window slice : slices) {
			inside.add(slice.from());
			inside.add(slice.to().minus(1, ChronoUnit.MICROS));
		}
		inside.forEach((receivedAt) -> status(receivedAt, "wamid." + receivedAt));
		status(window.from().minus(1, ChronoUnit.MICROS), "wamid.before");
		status(window.to(), "wamid.after");
		// a broken unit on a boundary is set aside once
		this.scenario.statuses(slices.get(5).from().toString(), WABA, PHONE, "[{\"status\":\"sent\"}]");

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
	void overlappingReadsAndRereadsAtOnceReadEveryRowOnce() {
		// 03-10 and 03-11 need [03-10T06:00Z, 03-12T06:00Z) and [03-11T06:00Z,
		// 03-13T06:00Z): a day in common
		Instant start = Instant.parse("2026-03-10T06:00:00Z");
		int rows = 3 * 24 * 4;
		for (int i = 0; i < rows; i++) {
			status(start.plus(i * 15, ChronoUnit.MINUTES), "wamid." + i);
		}
		LocalDate next = DAY.plusDays(1);
		// every claim takes a while, so that the reads run into each other
		slowClaims("PERFORM pg_sleep(0.002);");
		try {
			CompletableFuture<WebhookReader.Reading> one = CompletableFuture
				.supplyAsync(() -> this.reader.read(DAY, 1, false));
			CompletableFuture<WebhookReader.Reading> other = CompletableFuture
				.supplyAsync(() -> this.reader.read(next, 2, false));
			assertThat(one.join().rows() + other.join().rows()).isEqualTo(rows);
			assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows);

			// a rerun of one date while the other date reads its new rows: 12 in the day
			// they share, 12 in the next date's own
			for (int i = 0; i < 24; i++) {
				status(start.plus(24 + 2 * i, ChronoUnit.HOURS).plusSeconds(1), "wamid.new." + i);
			}
			CompletableFuture<WebhookReader.Reading> reread = CompletableFuture
				.supplyAsync(() -> this.reader.read(DAY, 3, true));
			CompletableFuture<WebhookReader.Reading> read = CompletableFuture
				.supplyAsync(() -> this.reader.read(next, 4, false));
			// the rerun reads its whole range again, the new rows of the shared day
			// included, whoever claimed them first
			assertThat(reread.join().rows()).isEqualTo(2 * 24 * 4 + 12);
			assertThat(read.join().rows()).isBetween(12, 24);
			assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows + 24);
		}
		finally {
			this.jdbc.execute("DROP TRIGGER slow_claim ON webhook_parse_log; DROP FUNCTION slow_claim()");
		}
	}

	@Test
	void aSliceThatFailsIsReadByTheNextRunAndTheCommittedOnesAreNotReadAgain() {
		Instant start = Instant.parse("2026-03-10T06:00:00Z");
		int rows = 2 * 24;
		for (int i = 0; i < rows; i++) {
			status(start.plus(i, ChronoUnit.HOURS), "wamid." + i);
		}
		// 16 slices of 3 h read 2 at a time, each claim taking 50 ms; the slice holding
		// the row received at 12:00 (the third) fails as if its backend died, once the
		// first two have committed (however late the second thread starts)
		assertThat(this.properties.partitions()).isEqualTo(16);
		assertThat(this.properties.threads()).isEqualTo(2);
		slowClaims("""
				IF (SELECT received_at FROM wa_webhook_event WHERE id = NEW.event_id) = '2026-03-10T12:00:00Z' THEN
				    FOR i IN 1..3000 LOOP
				        EXIT WHEN (SELECT count(*) FROM webhook_parse_log) >= 6;
				        PERFORM pg_sleep(0.01);
				    END LOOP;
				    RAISE EXCEPTION 'backend died';
				END IF;
				PERFORM pg_sleep(0.05);""");
		try {
			assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.reader.read(DAY, 1, false))
				.withMessageContaining("backend died");
		}
		finally {
			this.jdbc.execute("DROP TRIGGER slow_claim ON webhook_parse_log; DROP FUNCTION slow_claim()");
		}
		// the first two slices committed, and the ones running when the third failed
		// (the fourth, on a slow machine the fifth too); the failed one and those not
		// started yet were left
		int readBefore = statusesPerRow().size();
		assertThat(readBefore).isBetween(6, 12);
		assertThat(readBefore % 3).as("whole slices").isZero();
		assertThat(this.jdbc.queryForList("SELECT wamid FROM webhook_status", String.class))
			.contains("wamid.0", "wamid.5")
			.doesNotContain("wamid.6", "wamid.7", "wamid.8", "wamid.47");

		WebhookReader.Reading next = this.reader.read(DAY, 2, false);

		assertThat(next.rows()).isEqualTo(rows - readBefore);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows);
	}

	@Test
	void aSliceWhoseRowsAreTheSameAsWhenItWasReadIsNotClaimedAgain() {
		Instant start = Instant.parse("2026-03-10T06:00:00Z");
		int rows = 2 * 24;
		for (int i = 0; i < rows; i++) {
			status(start.plus(i, ChronoUnit.HOURS), "wamid." + i);
		}
		assertThat(this.reader.read(DAY, 1, false).rows()).isEqualTo(rows);

		// when nothing changed, no slice claims a row (a claim would fail)
		slowClaims("RAISE EXCEPTION 'claimed again';");
		try {
			assertThat(this.reader.read(DAY, 2, false).rows()).isZero();
		}
		finally {
			this.jdbc.execute("DROP TRIGGER slow_claim ON webhook_parse_log; DROP FUNCTION slow_claim()");
		}
		// a row added late to the first slice (received at 06:30) is read: that slice's
		// rows are not the same any more
		status(start.plus(30, ChronoUnit.MINUTES), "wamid.late");
		assertThat(this.reader.read(DAY, 3, false).rows()).isOne();
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows + 1);
		// a rerun forgets what the slices found and reads every row again
		assertThat(this.reader.read(DAY, 4, true).rows()).isEqualTo(rows + 1);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(rows + 1);
	}

	@Test
	void theDayBeforeReadAgainAfterTheNightsDateClaimsOnlyItsLastPartialSlice() {
		// given: a second connection in Madrid; the ranges of the 9th and the 10th are 55
		// h,
		// [23:00Z the day before, 06:00Z two days after), cut every 4 h on the grid
		this.scenario.connection("100000000000002", WABA, "34910000000", "Churros Sol", "Europe/Madrid");
		assertThat(this.reader.window(DAY.minusDays(1))).isEqualTo(
				new WebhookReader.Window(Instant.parse("2026-03-08T23:00:00Z"), Instant.parse("2026-03-11T06:00:00Z")));
		// the night of the 9th (08:30Z on the 10th in Mexico City) reads what came so far
		Instant first = Instant.parse("2026-03-08T23:00:00Z");
		for (Instant at = first; at
			.isBefore(Instant.parse("2026-03-10T08:30:00Z")); at = at.plus(1, ChronoUnit.HOURS)) {
			status(at, "wamid." + at);
		}
		int before = this.reader.read(DAY.minusDays(1), 1, false).rows();
		// the next day's rows come, and the night of the 10th reads its date
		for (Instant at = Instant.parse("2026-03-10T09:00:00Z"); at
			.isBefore(Instant.parse("2026-03-11T08:30:00Z")); at = at.plus(1, ChronoUnit.HOURS)) {
			status(at, "wamid." + at);
		}
		int tonight = this.reader.read(DAY, 2, false).rows();
		this.jdbc.execute("CREATE TABLE claim_attempt (event_id bigint)");
		slowClaims("INSERT INTO claim_attempt VALUES (NEW.event_id);");
		try {
			// when: the backfill reads the 9th again to compute it final
			WebhookReader.Reading again = this.reader.read(DAY.minusDays(1), 2, false);

			// then: nothing new, and only the slice cut short by the 9th's range end,
			// [04:00Z, 06:00Z) on the 11th, was claimed row by row (its 2 rows)
			assertThat(again.rows()).isZero();
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM claim_attempt", Integer.class)).isEqualTo(2);
		}
		finally {
			this.jdbc.execute("DROP TRIGGER slow_claim ON webhook_parse_log; DROP FUNCTION slow_claim();"
					+ " DROP TABLE claim_attempt");
		}
		assertThat(before + tonight).isEqualTo(58);
		assertThat(statusesPerRow()).containsOnly(1L).hasSize(58);
	}

	/** Makes every claim of a webhook row run the PL/pgSQL {@code work} first. */
	private void slowClaims(String work) {
		this.jdbc.execute("""
				CREATE FUNCTION slow_claim() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    %s
				    RETURN NEW;
				END $$;
				CREATE TRIGGER slow_claim BEFORE INSERT ON webhook_parse_log
				    FOR EACH ROW EXECUTE FUNCTION slow_claim()""".formatted(work));
	}

	private void status(Instant receivedAt, String wamid) {
		this.scenario.status(receivedAt.toString(), WABA, PHONE, wamid, "sent", null);
	}

	private List<Long> statusesPerRow() {
		return this.jdbc.queryForList("SELECT count(*) FROM webhook_status GROUP BY event_id", Long.class);
	}

}
