package io.wascorecards.batch;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.wascorecards.db.SessionLock;

/**
 * The lock on one business date, held while a run of that date executes: a second run of
 * the same date (from any process) sees it taken and refuses, and a run whose process
 * died left it free. A run whose database session was lost (the server restarted, its
 * backends were terminated) lost the lock with it, so another run may take the date over:
 * each of its steps checks first that the lock is still its own ({@link #checkStillHeld})
 * and stops otherwise.
 */
public final class RunLock implements AutoCloseable {

	/** The dates this process runs, with their locks. */
	private static final Map<LocalDate, RunLock> HELD = new ConcurrentHashMap<>();

	private final LocalDate businessDate;

	private final SessionLock lock;

	private RunLock(LocalDate businessDate, SessionLock lock) {
		this.businessDate = businessDate;
		this.lock = lock;
	}

	/**
	 * Takes the lock of a date.
	 * @param dataSource where to take it
	 * @param businessDate the date
	 * @return the lock, or {@code null} if another run holds it
	 */
	public static RunLock tryAcquire(DataSource dataSource, LocalDate businessDate) {
		SessionLock lock = SessionLock.tryAcquire(dataSource, "wa-scorecards:run", (int) businessDate.toEpochDay());
		if (lock == null) {
			return null;
		}
		RunLock held = new RunLock(businessDate, lock);
		HELD.put(businessDate, held);
		return held;
	}

	/**
	 * Refuses to go on with a date this process runs but whose lock it lost.
	 * @param businessDate the date of the run
	 * @throws IllegalStateException when the lock was lost
	 */
	static void checkStillHeld(LocalDate businessDate) {
		RunLock held = HELD.get(businessDate);
		if (held == null) {
			return; // not launched through the launcher (a test of a step)
		}
		// one connection: the partitions of a step check it one after the other
		synchronized (held) {
			if (!held.lock.stillHeld()) {
				throw new IllegalStateException("The run of " + businessDate + " lost its lock with its database "
						+ "session; stopping, since another run may have taken the date over");
			}
		}
	}

	@Override
	public void close() {
		HELD.remove(this.businessDate, this);
		this.lock.close();
	}

}
