package io.wascorecards.admin;

import java.util.Arrays;

import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands other than {@code serve} are not web applications: the API's description
 * (springdoc) adds nothing to them.
 */
@DatabaseTest
class ApiOutsideServeTests {

	@Autowired
	private ConfigurableApplicationContext context;

	@Test
	void springdocAddsNoBeanToACommandThatIsNotAWebApplication() {
		assertThat(Arrays.stream(this.context.getBeanDefinitionNames())
			.filter((name) -> this.context.getType(name) != null)
			.map((name) -> name + ": " + this.context.getType(name).getName()))
			.filteredOn((bean) -> bean.contains("springdoc"))
			.isEmpty();
	}

}
