package io.wascorecards;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Settings the job cannot run with (or would count wrongly with) are refused at start-up.
 */
class ScorecardsPropertiesTests {

	@Test
	void noPartitionOrThreadIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(0, 2, 3))
			.withMessageContaining("scorecards.partitions");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(16, 0, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> properties(16, 2, 0));
		assertThatNoException().isThrownBy(() -> properties(1, 1, 1));
	}

	@Test
	void aLexiconWithoutAWordIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(List.of()))
			.withMessageContaining("scorecards.human-request-lexicon");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(List.of(" ", "", "\u0301")));
		assertThatNoException().isThrownBy(() -> properties(List.of("", "agente")));
	}

	@Test
	void anAnswerWindowThatIsNotPositiveOrLongerThanAWeekIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Duration.ofHours(-24), 31))
			.withMessage("scorecards.answer-window must be more than 0 and at most 7d (it is PT-24H)");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Duration.ZERO, 31));
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Duration.ofDays(8), 31));
		assertThatNoException().isThrownBy(() -> properties(Duration.ofDays(7), 31));
	}

	@Test
	void aRangeOfNoDateIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Duration.ofHours(24), 0))
			.withMessageContaining("scorecards.max-range-days");
		assertThatNoException().isThrownBy(() -> properties(Duration.ofHours(24), 1));
	}

	private static ScorecardsProperties properties(int partitions, int threads, int renderThreads) {
		return properties(Duration.ofHours(24), partitions, threads, renderThreads, List.of("humano"), 31);
	}

	private static ScorecardsProperties properties(List<String> lexicon) {
		return properties(Duration.ofHours(24), 16, 2, 3, lexicon, 31);
	}

	private static ScorecardsProperties properties(Duration answerWindow, int maxRangeDays) {
		return properties(answerWindow, 16, 2, 3, List.of("humano"), maxRangeDays);
	}

	private static ScorecardsProperties properties(Duration answerWindow, int partitions, int threads,
			int renderThreads, List<String> lexicon, int maxRangeDays) {
		return new ScorecardsProperties(Path.of("out"), answerWindow, ZoneId.of("UTC"), partitions, threads,
				renderThreads, lexicon, LocalDate.parse("2015-01-01"), maxRangeDays, false,
				new ScorecardsProperties.Embedded(false, Path.of("db"), false));
	}

}
