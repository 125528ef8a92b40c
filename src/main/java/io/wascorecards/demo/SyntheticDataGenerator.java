package io.wascorecards.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Writes a deterministic synthetic data set into the BSP's tables: brand connections with
 * account managers, each connection's messages of every business day, the webhooks Meta
 * would have sent about them (and about the accounts, templates and numbers), quality
 * snapshots and business profiles. The same request gives the same rows in the same
 * order.
 * <p>
 * Days are made one connection at a time and loaded with PostgreSQL COPY while the next
 * ones are made, in chunks of a few megabytes, so memory stays bounded whatever the
 * volume. Nothing is visible until everything is loaded.
 */
public class SyntheticDataGenerator {

	private final DataSource dataSource;

	public SyntheticDataGenerator(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Generates the requested data set.
	 * @param request what to generate
	 * @return what was written
	 * @throws IllegalStateException if a generated connection already has messages in the
	 * days around the request
	 */
	public GenerationSummary generate(GenerationRequest request) {
		long started = System.nanoTime();
		List<Brand> brands = new ArrayList<>(request.connections());
		for (int i = 0; i < request.connections(); i++) {
			brands.add(BrandCatalogue.brand(i));
		}
		try {
			long[] connectionIds = prepare(brands, request);
			int[] customers = customers(brands, request.messagesPerDay());
			try (CopyStream messages = copy(DayWriter.MESSAGE_COLUMNS, "messages");
					CopyStream webhooks = copy(DayWriter.WEBHOOK_COLUMNS, "webhooks");
					CopyStream snapshots = copy(DayWriter.SNAPSHOT_COLUMNS, "snapshots")) {
				DayWriter writer = new DayWriter(new CopyBuffer(messages, 10), new CopyBuffer(webhooks, 2),
						new CopyBuffer(snapshots, 4));
				for (LocalDate date = request.from(); !date.isAfter(request.to()); date = date.plusDays(1)) {
					int[] quotas = quotas(brands, date, request);
					for (int i = 0; i < brands.size(); i++) {
						writer.write(DaySimulator.simulate(brands.get(i), connectionIds[i], date, request.seed(),
								quotas[i], customers[i], brands.size(), date.equals(request.to())));
					}
				}
				writer.finish();
				long messageRows = messages.finish();
				long webhookRows = webhooks.finish();
				long snapshotRows = snapshots.finish();
				messages.commit();
				webhooks.commit();
				snapshots.commit();
				analyze();
				return new GenerationSummary(brands.size(), messageRows, webhookRows, snapshotRows,
						Duration.ofNanos(System.nanoTime() - started));
			}
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Generating data failed: " + ex.getMessage(), ex);
		}
	}

	private long[] prepare(List<Brand> brands, GenerationRequest request) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				long[] ids = new ConnectionSetup(connection).prepare(brands, request.from(), request.to());
				connection.commit();
				return ids;
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private CopyStream copy(String table, String name) throws SQLException {
		return new CopyStream(this.dataSource, "COPY " + table + " FROM STDIN (FORMAT binary)", name);
	}

	private void analyze() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(
					"ANALYZE wa_connection, wa_message, wa_webhook_event, wa_quality_snapshot, wa_business_profile");
		}
	}

	/**
	 * How many customers each brand has: about two and a half days of its conversations,
	 * so that customers come back.
	 */
	private static int[] customers(List<Brand> brands, int messagesPerDay) {
		double total = brands.stream().mapToDouble(Brand::weight).sum();
		int[] customers = new int[brands.size()];
		for (int i = 0; i < customers.length; i++) {
			double share = (total > 0) ? brands.get(i).weight() / total : 0;
			customers[i] = (int) Math.max(30, Math.min(50_000_000, share * messagesPerDay / 2));
		}
		return customers;
	}

	/**
	 * Each brand's messages for a day: its weight, a little different every day, as a
	 * share of the day's total.
	 */
	private static int[] quotas(List<Brand> brands, LocalDate date, GenerationRequest request) {
		double[] weights = new double[brands.size()];
		double total = 0;
		for (int i = 0; i < weights.length; i++) {
			long hash = Ids.mix(request.seed(), i, date.toEpochDay() ^ 0x9A07AL);
			weights[i] = brands.get(i).weight() * (0.85 + 0.3 * ((hash >>> 11) * 0x1.0p-53));
			total += weights[i];
		}
		int[] quotas = new int[weights.length];
		for (int i = 0; i < quotas.length; i++) {
			quotas[i] = (total > 0) ? (int) Math.round(request.messagesPerDay() * weights[i] / total) : 0;
		}
		return quotas;
	}

}
