package io.wascorecards.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.wascorecards.db.SqlStatement;
import io.wascorecards.batch.ConnectionSelection;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads the brands of each account manager for a date
 * ({@code sql/report/portfolio_report.sql}), one manager at a time, for their portfolio
 * and their e-mail.
 */
public class Portfolios {

	private static final String QUERY = SqlStatement.load("report/portfolio_report.sql");

	private final NamedParameterJdbcTemplate jdbc;

	public Portfolios(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Hands each manager's brands, worst first, to a consumer.
	 * @param businessDate the date
	 * @param selection the connections of the run: only their managers are read
	 * @param manager called once per manager with at least one scored brand
	 */
	public void forEachManager(LocalDate businessDate, ConnectionSelection selection,
			Consumer<List<PortfolioRow>> manager) {
		MapSqlParameterSource params = new MapSqlParameterSource(selection.parameters()).addValue("businessDate",
				businessDate);
		List<PortfolioRow> rows = new ArrayList<>();
		this.jdbc.query(QUERY, params, (RowCallbackHandler) (result) -> {
			PortfolioRow row = PortfolioRow.of(result);
			if (!rows.isEmpty() && rows.get(0).managerId() != row.managerId()) {
				manager.accept(List.copyOf(rows));
				rows.clear();
			}
			rows.add(row);
		});
		if (!rows.isEmpty()) {
			manager.accept(List.copyOf(rows));
		}
	}

}
