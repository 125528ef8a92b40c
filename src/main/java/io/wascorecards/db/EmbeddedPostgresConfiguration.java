package io.wascorecards.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.wascorecards.ScorecardsProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a PostgreSQL of its own when {@code scorecards.embedded.enabled} (the demo, the
 * benchmark, the tests and a first try, which need nothing installed but a JDK); it then
 * takes the place of any configured datasource. Its data directory survives between
 * commands unless it is started clean.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("scorecards.embedded.enabled")
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

	/**
	 * The pool is configured as a configured datasource's is
	 * ({@code spring.datasource.hikari.*}).
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		return dataSource;
	}

}
