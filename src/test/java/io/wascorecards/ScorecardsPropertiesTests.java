package io.wascorecards;

import java.nio.file.Path;
import java.time.Duration;
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

	private static ScorecardsProperties properties(int partitions, int threads, int renderThreads) {
		return new ScorecardsProperties(Path.of("out"), Duration.ofHours(24), ZoneId.of("UTC"), partitions, threads,
				renderThreads, List.of("humano"), new ScorecardsProperties.Embedded(Path.of("db"), false));
	}

	private static ScorecardsProperties properties(List<String> lexicon) {
		return new ScorecardsProperties(Path.of("out"), Duration.ofHours(24), ZoneId.of("UTC"), 16, 2, 3, lexicon,
				new ScorecardsProperties.Embedded(Path.of("db"), false));
	}

}
