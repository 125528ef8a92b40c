package io.wascorecards.admin;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExcerptsTests {

	@Test
	void aLongTextIsCutAndSaysHowMuchWasLeftOut() {
		assertThat(Excerpts.of("x".repeat(1000))).isEqualTo("x".repeat(200) + "… (800 more characters)");
		assertThat(Excerpts.of("short")).isEqualTo("short");
	}

	@Test
	void aLongListNamesItsFirstItemsAndCountsTheRest() {
		List<String> ids = IntStream.rangeClosed(1, 60_000).mapToObj(Integer::toString).toList();

		assertThat(Excerpts.of(ids)).isEqualTo("1, 2, 3, 4, 5 and 59995 more");
		assertThat(Excerpts.of(List.of("1", "2"))).isEqualTo("1, 2");
	}

	@Test
	void anExceptionQuotingAHugeStatementIsLoggedWithItsMessagesCutAndItsFramesKept() {
		SQLException cause = new SQLException("PreparedStatement can have at most 65,535 parameters");
		IllegalStateException ex = new IllegalStateException(
				"PreparedStatementCallback; SQL [SELECT 1 WHERE x IN (" + "?, ".repeat(70_000) + "?)]", cause);

		Throwable logged = Excerpts.forLog(ex);

		assertThat(logged.getMessage()).startsWith("java.lang.IllegalStateException: PreparedStatementCallback; SQL [")
			.endsWith("more characters)")
			.hasSizeLessThan(1100);
		assertThat(logged.getStackTrace()).isEqualTo(ex.getStackTrace());
		assertThat(logged.getCause().getMessage())
			.isEqualTo("java.sql.SQLException: PreparedStatement can have at most 65,535 parameters");
		assertThat(logged.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
	}

	@Test
	void anExceptionWithShortMessagesIsLoggedAsItIs() {
		IllegalStateException ex = new IllegalStateException("short", new SQLException("short too"));

		assertThat(Excerpts.forLog(ex)).isSameAs(ex);
	}

}
