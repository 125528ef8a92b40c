package io.wascorecards;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the real application context on a real (embedded) PostgreSQL. Every such
 * test class shares one context and so one database: reset the tables it uses first
 * ({@link TestDatabase#reset}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "scorecards.embedded.data-dir=target/embedded-pg", "scorecards.embedded.clean=true",
		"scorecards.output-dir=target/scorecards-out" })
public @interface DatabaseTest {

}
