package io.wascorecards.db;

import javax.sql.DataSource;

import io.wascorecards.RefusedConfigurationException;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migrates the schema at start-up, but only a database that is empty or that these
 * migrations made: tables without the migrations' history are someone else's database (a
 * wrong URL), never to be written into.
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigration {

	static final String FOREIGN_SCHEMA = "the database has tables but no wa-scorecards schema history "
			+ "(flyway_schema_history): point spring.datasource.url at an empty database, or at the one "
			+ "wa-scorecards migrated before";

	@Bean
	FlywayMigrationStrategy onlyOurOwnOrEmptyDatabase() {
		return (flyway) -> {
			if (isForeign(flyway.getConfiguration().getDataSource())) {
				throw new RefusedConfigurationException(FOREIGN_SCHEMA);
			}
			flyway.migrate();
		};
	}

	private static boolean isForeign(DataSource dataSource) {
		return Boolean.TRUE.equals(new JdbcTemplate(dataSource).queryForObject("""
				SELECT to_regclass('flyway_schema_history') IS NULL
				   AND EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				               WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f'))""",
				Boolean.class));
	}

}
