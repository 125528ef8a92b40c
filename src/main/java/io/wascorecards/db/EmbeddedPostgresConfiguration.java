package io.wascorecards.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.wascorecards.ScorecardsProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a PostgreSQL of its own when no {@code spring.datasource.url} is configured, so
 * that the demo, the tests and a first try need nothing installed but a JDK. Its data
 * directory survives between commands.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(ScorecardsProperties properties) {
		ScorecardsProperties.Embedded embedded = properties.embedded();
		try {
			Files.createDirectories(embedded.dataDir());
			return EmbeddedPostgres.builder()
				.setDataDirectory(embedded.dataDir())
				.setCleanDataDirectory(embedded.clean())
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C")
				.setServerConfig("max_connections", "60")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("work_mem", "64MB")
				.setServerConfig("maintenance_work_mem", "256MB")
				.setServerConfig("max_wal_size", "4GB")
				.setServerConfig("synchronous_commit", "off")
				// initdb and the first start can take longer than the default 10 s on a
				// loaded machine
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + embedded.dataDir(), ex);
		}
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setMaximumPoolSize(12);
		return dataSource;
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return url == null || url.isBlank();
		}

	}

}
