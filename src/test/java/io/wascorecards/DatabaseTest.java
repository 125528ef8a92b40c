package io.wascorecards;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.wascorecards.kpi.KpiScenario;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the real application context on a real (embedded) PostgreSQL. Every such
 * test class shares one context and so one database: reset the tables it uses first
 * ({@link TestDatabase#reset}, or {@link KpiScenario#reset} for a test that builds its
 * data with the injectable {@link KpiScenario}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "scorecards.embedded.enabled=true", "scorecards.embedded.data-dir=target/embedded-pg",
		"scorecards.embedded.clean=true", "scorecards.output-dir=target/scorecards-out",
		"scorecards.mail.backoff=50ms" })
@ContextConfiguration(initializers = TestSmtp.class)
@Import(KpiScenario.class)
public @interface DatabaseTest {

}
