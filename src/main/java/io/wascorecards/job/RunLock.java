package io.wascorecards.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A PostgreSQL session lock on one business date, held while a run of that date executes:
 * a second run of the same date (from any process) sees it taken and refuses, and a run
 * whose process died left it free.
 */
final class RunLock implements AutoCloseable {

	private final Connection connection;

	private RunLock(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Takes the lock of a date.
	 * @param dataSource where to take it
	 * @param businessDate the date
	 * @return the lock, or {@code null} if another run holds it
	 */
	static RunLock tryAcquire(DataSource dataSource, LocalDate businessDate) {
		try {
			Connection connection = dataSource.getConnection();
			try (PreparedStatement statement = connection
				.prepareStatement("SELECT pg_try_advisory_lock(hashtext('wa-scorecards:run'), ?)")) {
				statement.setInt(1, (int) businessDate.toEpochDay());
				try (ResultSet result = statement.executeQuery()) {
					result.next();
					if (result.getBoolean(1)) {
						return new RunLock(connection);
					}
				}
			}
			connection.close();
			return null;
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not lock the business date " + businessDate, ex);
		}
	}

	@Override
	public void close() {
		// the pool keeps the session open, so its advisory lock must be released
		// explicitly
		try (Connection connection = this.connection; Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_advisory_unlock_all()");
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not release the business date lock", ex);
		}
	}

}
