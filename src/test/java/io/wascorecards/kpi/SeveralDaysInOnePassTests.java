package io.wascorecards.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import io.wascorecards.DatabaseTest;
import io.wascorecards.batch.ConnectionSelection;
import io.wascorecards.demo.GenerationRequest;
import io.wascorecards.demo.SyntheticDataGenerator;
import io.wascorecards.webhook.WebhookReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several dates computed in one pass over the messages ({@code sql/kpi/daily_kpis.sql},
 * as the night computes its date with the days before it) store exactly the rows that
 * computing each date on its own stores, on generated traffic of brands in several zones.
 */
@DatabaseTest
class SeveralDaysInOnePassTests {

	private static final LocalDate DAY = LocalDate.parse("2026-03-10");

	/** The night after DAY: DAY is provisional, the days before it final. */
	private static final Instant AS_OF = Instant.parse("2026-03-11T02:30:00Z");

	@Autowired
	private KpiScenario scenario;

	@Autowired
	private DailyKpiCalculator calculator;

	@Autowired
	private WebhookReader webhooks;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@BeforeEach
	void setUp() {
		this.scenario.reset();
		new SyntheticDataGenerator(this.dataSource)
			.generate(new GenerationRequest(DAY.minusDays(3), DAY.plusDays(1), 6, 3000, 11));
		for (LocalDate date = DAY.minusDays(2); !date.isAfter(DAY); date = date.plusDays(1)) {
			for (WebhookReader.Window slice : this.webhooks.slices(date, 4)) {
				this.transactions.executeWithoutResult((status) -> this.webhooks.readSlice(slice, false));
			}
		}
	}

	@Test
	void threeDaysInOnePassStoreWhatEachDayOnItsOwnStores() {
		List<LocalDate> days = List.of(DAY.minusDays(2), DAY.minusDays(1), DAY);
		for (LocalDate day : days) {
			compute(List.of(DailyKpiCalculator.Day.again(day, ConnectionSelection.ALL)));
		}
		List<String> oneByOne = stored();
		assertThat(oneByOne).hasSize(3 * 6);

		compute(days.stream().map((day) -> DailyKpiCalculator.Day.again(day, ConnectionSelection.ALL)).toList());

		assertThat(stored()).containsExactlyElementsOf(oneByOne);
	}

	@Test
	void eachDayOfAPassHasItsOwnConnections() {
		long first = this.jdbc.queryForObject("SELECT min(id) FROM wa_connection", Long.class);
		compute(List.of(DailyKpiCalculator.Day.again(DAY.minusDays(1), ConnectionSelection.ALL),
				DailyKpiCalculator.Day.again(DAY, new ConnectionSelection(new long[] { first }))));
		List<String> together = stored();

		this.jdbc.update("DELETE FROM daily_kpi");
		compute(List.of(DailyKpiCalculator.Day.again(DAY.minusDays(1), ConnectionSelection.ALL)));
		compute(List.of(DailyKpiCalculator.Day.again(DAY, new ConnectionSelection(new long[] { first }))));

		assertThat(together).hasSize(6 + 1).containsExactlyElementsOf(stored());
	}

	private void compute(List<DailyKpiCalculator.Day> days) {
		this.transactions.executeWithoutResult((status) -> this.calculator.compute(days, AS_OF, 0, Long.MAX_VALUE));
	}

	/** Every stored KPI row but the instant it was stored, in a stable order. */
	private List<String> stored() {
		return this.jdbc.queryForList("""
				SELECT (to_jsonb(k) - 'computed_at')::text FROM daily_kpi k
				ORDER BY k.business_date, k.connection_id""", String.class);
	}

}
