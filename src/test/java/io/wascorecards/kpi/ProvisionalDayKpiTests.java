package io.wascorecards.kpi;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.wascorecards.DatabaseTest;
import io.wascorecards.batch.ConnectionSelection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day scored while provisional (SPEC §3: its {@code W.end + A} after the run's as_of)
 * is computed again by the next run, so that the 7-day sums of later scorecards count the
 * answers and statuses that arrived after it; a day that was final stays as it was.
 * <p>
 * Unlike the other KPI tests, the first two run the whole job ({@link KpiScenario#run}):
 * what they check is the job's backfill of the days before the date, which
 * {@link KpiScenario#compute} leaves out.
 */
@DatabaseTest
class ProvisionalDayKpiTests {

	private static final String PHONE = "100000000000001";

	private static final String WABA = "200000000000001";

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private DailyKpiCalculator calculator;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
	}

	@Test
	void theNextNightComputesTheProvisionalDayBeforeAgain() {
		// given: a UTC connection, A = 24 h; on 2026-03-09
		long brand = this.scenario.connection(PHONE, WABA, "5215500000001", "Uno", "UTC");
		// answered the same day
		this.scenario.inbound(brand, "A", "hola", "2026-03-09T10:00:00Z");
		this.scenario.outbound(brand, "A", "AGENT", "hola", "2026-03-09T10:05:00Z");
		// answered the next morning, after the night's run (below)
		this.scenario.inbound(brand, "B", "hola", "2026-03-09T20:00:00Z");
		// never answered: still open at the night's run
		this.scenario.inbound(brand, "C", "hola", "2026-03-09T22:00:00Z");
		// never answered: its window closed before the night's run
		this.scenario.inbound(brand, "D", "hola", "2026-03-09T01:00:00Z");
		// an outbound message whose failure arrives after the night's run (below)
		String failing = this.scenario.outbound(brand, "E", "BOT", "hola", "2026-03-09T23:00:00Z");

		// when: the night of the 9th; then what arrives on the 10th; then the night of
		// the 10th
		this.scenario.run("2026-03-09", "2026-03-10T02:30:00Z");
		Map<String, Object> thatNight = this.scenario.kpis(PHONE, "2026-03-09");
		Map<String, Object> dayBeforeThatNight = this.scenario.kpis(PHONE, "2026-03-08");
		this.scenario.failed("2026-03-10T05:00:00Z", WABA, PHONE, failing, 131026);
		this.scenario.outbound(brand, "B", "AGENT", "buenos días", "2026-03-10T08:00:00Z");
		this.scenario.run("2026-03-10", "2026-03-11T02:30:00Z");

		// then: that night, B and C were open (pending) and the failure unknown
		assertThat(thatNight).containsEntry("interactions", 4)
			.containsEntry("interactions_answered", 1)
			.containsEntry("interactions_pending", 2)
			.containsEntry("outbound_failed", 0);
		// the next night: B answered, C and D unanswered, none pending, the failure
		// counted, as of that night
		Map<String, Object> final9th = this.scenario.kpis(PHONE, "2026-03-09");
		assertThat(final9th).containsEntry("interactions", 4)
			.containsEntry("interactions_answered", 2)
			.containsEntry("interactions_pending", 0)
			.containsEntry("outbound_messages", 2)
			.containsEntry("outbound_failed", 1)
			.containsEntry("as_of", Timestamp.from(Instant.parse("2026-03-11T02:30:00Z")));
		// the 8th was final on the first night (W.end + A = 03-10 00:00): left as it was
		assertThat(this.scenario.kpis(PHONE, "2026-03-08"))
			.containsEntry("computed_at", dayBeforeThatNight.get("computed_at"))
			.containsEntry("as_of", Timestamp.from(Instant.parse("2026-03-10T02:30:00Z")));
	}

	@Test
	void inAZoneFarBehindTheScheduleTheNextNightComputesTheTwoDaysBeforeAgain() {
		// given: Mexico City (UTC-6) scored at 02:30 UTC: on the night of the 9th the 8th
		// was still provisional too (its W.end + A is 06:00Z on the 10th)
		long brand = this.scenario.connection(PHONE, WABA, "5215500000001", "Uno", "America/Mexico_City");
		this.scenario.inbound(brand, "A", "hola", "2026-03-08T22:00:00-06:00");
		this.scenario.run("2026-03-09", "2026-03-10T02:30:00Z");
		assertThat(this.scenario.kpis(PHONE, "2026-03-08")).containsEntry("interactions_pending", 1);
		Map<String, Object> before = this.scenario.kpis(PHONE, "2026-03-07");

		// when: the night of the 10th, the customer still unanswered
		this.scenario.run("2026-03-10", "2026-03-11T02:30:00Z");

		// then: the 8th and the 9th computed again, the 8th now final; the 7th left alone
		Timestamp tonight = Timestamp.from(Instant.parse("2026-03-11T02:30:00Z"));
		assertThat(this.scenario.kpis(PHONE, "2026-03-08")).containsEntry("as_of", tonight)
			.containsEntry("interactions", 1)
			.containsEntry("interactions_answered", 0)
			.containsEntry("interactions_pending", 0);
		assertThat(this.scenario.kpis(PHONE, "2026-03-09")).containsEntry("as_of", tonight);
		assertThat(this.scenario.kpis(PHONE, "2026-03-07")).containsEntry("computed_at", before.get("computed_at"));
	}

	@Test
	void twoRunsComputingOneDateAtOnceBothEndAndTheLastOneWins() throws Exception {
		// given: one connection; a computation of 2026-03-09 whose transaction stays open
		long brand = this.scenario.connection(PHONE, WABA, "5215500000001", "Uno", "UTC");
		this.scenario.inbound(brand, "A", "hola", "2026-03-09T10:00:00Z");
		LocalDate date = LocalDate.parse("2026-03-09");
		CountDownLatch computed = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = threads
				.submit(() -> new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
					this.calculator.compute(date, Instant.parse("2026-03-10T02:30:00Z"), brand, brand,
							ConnectionSelection.ALL);
					computed.countDown();
					await(commit);
				}));
			assertThat(computed.await(30, TimeUnit.SECONDS)).isTrue();
			// when: another computes it meanwhile (it waits for the first), then the
			// first
			// commits
			Future<?> second = threads.submit(() -> new TransactionTemplate(this.transactionManager)
				.executeWithoutResult((status) -> this.calculator.compute(date, Instant.parse("2026-03-11T02:30:00Z"),
						brand, brand, ConnectionSelection.ALL)));
			Thread.sleep(500);
			commit.countDown();
			first.get(30, TimeUnit.SECONDS);
			second.get(30, TimeUnit.SECONDS);
		}
		finally {
			commit.countDown();
			threads.shutdownNow();
		}
		// then: one row, the second's
		assertThat(this.scenario.kpis(PHONE, "2026-03-09")).containsEntry("interactions", 1)
			.containsEntry("as_of", Timestamp.from(Instant.parse("2026-03-11T02:30:00Z")));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
