package io.wascorecards.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A PostgreSQL session advisory lock, held on a connection of its own: one process of a
 * cluster holds it at a time, and it is free again when closed or when the process
 * holding it dies (its session ends).
 */
public final class SessionLock implements AutoCloseable {

	private final Connection connection;

	private final String name;

	private final int key;

	private SessionLock(Connection connection, String name, int key) {
		this.connection = connection;
		this.name = name;
		this.key = key;
	}

	/**
	 * Takes a lock unless another session holds it.
	 * @param dataSource where to take it
	 * @param name what it guards
	 * @param key which one of those
	 * @return the lock, or {@code null} if another session holds it
	 */
	public static SessionLock tryAcquire(DataSource dataSource, String name, int key) {
		try {
			Connection connection = dataSource.getConnection();
			if (take(connection, name, key)) {
				return new SessionLock(connection, name, key);
			}
			connection.close();
			return null;
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Could not take the lock " + name + " " + key, ex);
		}
	}

	/**
	 * Whether this session still holds the lock: a session lost (and its lock with it)
	 * while it was held says no.
	 * @return whether it does
	 */
	public boolean stillHeld() {
		try {
			// taking it again is what its holder may do (it is re-entrant)
			return take(this.connection, this.name, this.key);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static boolean take(Connection connection, String name, int key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?), ?)")) {
			statement.setString(1, name);
			statement.setInt(2, key);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
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
			throw new DataAccessResourceFailureException("Could not release the lock " + this.name + " " + this.key,
					ex);
		}
	}

}
