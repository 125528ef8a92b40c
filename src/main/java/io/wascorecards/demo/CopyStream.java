package io.wascorecards.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Loads one table with {@code COPY … FROM STDIN} statements in one transaction, fed from
 * a bounded queue of chunks by a thread of its own, so that the tables load side by side
 * while the next rows are made. Nothing is visible until {@link #commit}.
 */
final class CopyStream implements AutoCloseable, CopyBuffer.Sink {

	private static final Chunk END = new Chunk(new byte[0], true);

	private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(6);

	private final String copySql;

	private final Connection connection;

	private final CopyManager copyManager;

	private final Thread writer;

	private volatile CopyIn copyIn;

	private volatile Throwable failure;

	private long rows;

	CopyStream(DataSource dataSource, String copySql, String name) throws SQLException {
		this.copySql = copySql;
		this.connection = dataSource.getConnection();
		try {
			this.connection.setAutoCommit(false);
			this.copyManager = this.connection.unwrap(PGConnection.class).getCopyAPI();
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
	 * Queues a chunk of COPY data, waiting while the queue is full.
	 * @param chunk whole rows in the format of the statement
	 * @param endsStatement whether the chunk ends the statement's data
	 */
	@Override
	public void accept(byte[] chunk, boolean endsStatement) {
		put(new Chunk(chunk, endsStatement));
	}

	/**
	 * Waits until everything queued is loaded (still uncommitted).
	 * @return the rows PostgreSQL received
	 */
	long finish() {
		put(END);
		try {
			this.writer.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DataAccessResourceFailureException("Interrupted while loading data", ex);
		}
		checkFailure();
		return this.rows;
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
			CopyIn open = this.copyIn;
			if (open != null && open.isActive()) {
				open.cancelCopy();
			}
			this.connection.rollback();
			this.connection.setAutoCommit(true);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.connection.close();
		}
	}

	private void put(Chunk chunk) {
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

	private void drain() {
		try {
			while (true) {
				Chunk chunk = this.chunks.take();
				if (chunk == END) {
					return;
				}
				if (this.copyIn == null) {
					this.copyIn = this.copyManager.copyIn(this.copySql);
				}
				this.copyIn.writeToCopy(chunk.bytes(), 0, chunk.bytes().length);
				if (chunk.endsStatement()) {
					this.rows += this.copyIn.endCopy();
					this.copyIn = null;
				}
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

	private record Chunk(byte[] bytes, boolean endsStatement) {

	}

}
