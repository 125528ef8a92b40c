package io.wascorecards.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * One {@code COPY … FROM STDIN} into one table, fed from a bounded queue of chunks by a
 * thread of its own so that the tables load side by side while the next rows are made.
 * Nothing is visible until {@link #commit}.
 */
final class CopyStream implements AutoCloseable {

	private static final byte[] END = new byte[0];

	private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(4);

	private final Connection connection;

	private final CopyIn copyIn;

	private final Thread writer;

	private volatile Throwable failure;

	private boolean finished;

	CopyStream(DataSource dataSource, String copySql, String name) throws SQLException {
		this.connection = dataSource.getConnection();
		try {
			this.connection.setAutoCommit(false);
			this.copyIn = this.connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
		}
		catch (SQLException | RuntimeException ex) {
			this.connection.close();
			throw ex;
		}
		this.writer = new Thread(this::drain, "generate-" + name);
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Queues a chunk of COPY text, waiting while the queue is full.
	 * @param chunk rows in COPY text format, whole lines only
	 */
	void write(byte[] chunk) {
		try {
			while (!this.chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
				checkFailure();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DataAccessResourceFailureException("Interrupted while loading data", ex);
		}
	}

	/**
	 * Waits until everything queued is written and ends the COPY (still uncommitted).
	 * @return the rows PostgreSQL received
	 * @throws SQLException if the load failed
	 */
	long finish() throws SQLException {
		write(END);
		try {
			this.writer.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DataAccessResourceFailureException("Interrupted while loading data", ex);
		}
		checkFailure();
		this.finished = true;
		return this.copyIn.endCopy();
	}

	void commit() throws SQLException {
		this.connection.commit();
	}

	/**
	 * Ends the stream: rolls back whatever was not committed and returns the connection.
	 * @throws SQLException if closing fails
	 */
	@Override
	public void close() throws SQLException {
		try {
			this.writer.interrupt();
			this.writer.join(TimeUnit.SECONDS.toMillis(30));
			if (!this.finished && this.copyIn.isActive()) {
				this.copyIn.cancelCopy();
			}
			this.connection.rollback();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.connection.close();
		}
	}

	private void drain() {
		try {
			while (true) {
				byte[] chunk = this.chunks.take();
				if (chunk == END) {
					return;
				}
				this.copyIn.writeToCopy(chunk, 0, chunk.length);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (SQLException | RuntimeException ex) {
			this.failure = ex;
		}
	}

	private void checkFailure() {
		if (this.failure != null) {
			throw new DataAccessResourceFailureException("Loading generated data failed: " + this.failure.getMessage(),
					this.failure);
		}
	}

}
