package io.wascorecards.admin;

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

}
