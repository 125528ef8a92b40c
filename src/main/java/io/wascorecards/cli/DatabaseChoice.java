package io.wascorecards.cli;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Which PostgreSQL a command works on, decided before anything starts: {@code demo} and
 * {@code bench} always on a throwaway embedded one of their own, whatever is configured;
 * every other command on the configured datasource, or on an embedded one only when asked
 * for explicitly. A node missing its datasource refuses to start rather than "succeed"
 * every night on an empty database.
 */
final class DatabaseChoice implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String NOT_CONFIGURED = "no database configured: set SPRING_DATASOURCE_URL (with "
			+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD) or --spring.datasource.url="
			+ "jdbc:postgresql://host:5432/database; to try the jar on a local embedded PostgreSQL instead, add "
			+ "--scorecards.embedded.enabled=true";

	private static final String URL = "spring.datasource.url";

	private static final String EMBEDDED = "scorecards.embedded.enabled";

	private final Path throwawayDatabase;

	/**
	 * @param throwawayDatabase the data directory of the command's own embedded
	 * PostgreSQL (demo, bench), or {@code null} for a command that uses what is
	 * configured
	 */
	DatabaseChoice(Path throwawayDatabase) {
		this.throwawayDatabase = throwawayDatabase;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (this.throwawayDatabase != null) {
			// first, so that no environment variable or argument can point it elsewhere
			environment.getPropertySources()
				.addFirst(new MapPropertySource("throwaway embedded database",
						Map.of(EMBEDDED, "true", "scorecards.embedded.data-dir", this.throwawayDatabase.toString(),
								"scorecards.embedded.clean", "true")));
			return;
		}
		boolean url = StringUtils.hasText(environment.getProperty(URL));
		boolean embedded = environment.getProperty(EMBEDDED, Boolean.class, false);
		if (!url && !embedded) {
			throw new UsageException(NOT_CONFIGURED);
		}
		if (url && embedded) {
			throw new UsageException("both spring.datasource.url and --scorecards.embedded.enabled=true are set: "
					+ "choose the database to work on");
		}
	}

}
