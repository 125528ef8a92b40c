package io.wascorecards.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.type.WhenResourceMissingTypeEnum;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRendererTests {

	@ParameterizedTest
	@MethodSource("templates")
	void everyTemplateCompiles(String name) {
		assertThat(new ReportRenderer().template(name).getName()).isNotBlank();
	}

	@ParameterizedTest
	@MethodSource("templates")
	void aLabelMissingFromTheTextsFailsTheReport(String name) {
		assertThat(new ReportRenderer().template(name).getWhenResourceMissingType())
			.isEqualTo(WhenResourceMissingTypeEnum.ERROR);
	}

	static Stream<String> templates() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("reports"))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((file) -> file.endsWith(".jrxml"))
				.map((file) -> file.substring(0, file.length() - ".jrxml".length()))
				.sorted()
				.toList()
				.stream();
		}
	}

}
