package io.wascorecards.batch;

import java.time.LocalDate;

import javax.sql.DataSource;

import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A run that lost its date's lock with its database session stops at its next step rather
 * than run the date beside the run that took it over.
 */
@DatabaseTest
class RunLockTests {

	private static final LocalDate DAY = LocalDate.parse("2026-03-10");

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aLockLostWithItsSessionIsReportedAndTheDateCanBeTakenAgain() {
		RunLock lock = RunLock.tryAcquire(this.dataSource, DAY);
		assertThat(lock).isNotNull();
		assertThatNoException().isThrownBy(() -> RunLock.checkStillHeld(DAY));

		// the database ends the session that holds it (a restart, an administrator)
		this.jdbc.queryForList("""
				SELECT pg_terminate_backend(pid) FROM pg_locks
				WHERE locktype = 'advisory' AND objid = ? AND granted""", Boolean.class, (int) DAY.toEpochDay());

		assertThatIllegalStateException().isThrownBy(() -> RunLock.checkStillHeld(DAY))
			.withMessageContaining("lost its lock");
		try (RunLock other = RunLock.tryAcquire(this.dataSource, DAY)) {
			assertThat(other).as("another run may take the date").isNotNull();
		}
		try {
			lock.close();
		}
		catch (RuntimeException ex) {
			// its connection is gone: nothing to release
		}
		assertThatNoException().isThrownBy(() -> RunLock.checkStillHeld(DAY));
	}

}
