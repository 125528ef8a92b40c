package io.wascorecards.job;

import java.time.LocalDate;

import javax.sql.DataSource;

import io.wascorecards.db.SessionLock;

/**
 * The lock on one business date, held while a run of that date executes: a second run of
 * the same date (from any process) sees it taken and refuses, and a run whose process
 * died left it free.
 */
final class RunLock {

	private RunLock() {
	}

	/**
	 * Takes the lock of a date.
	 * @param dataSource where to take it
	 * @param businessDate the date
	 * @return the lock, or {@code null} if another run holds it
	 */
	static SessionLock tryAcquire(DataSource dataSource, LocalDate businessDate) {
		return SessionLock.tryAcquire(dataSource, "wa-scorecards:run", (int) businessDate.toEpochDay());
	}

}
