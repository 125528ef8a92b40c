package io.wascorecards.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.wascorecards.DatabaseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL's pool takes the settings a configured datasource's would.
 */
@DatabaseTest
class EmbeddedPostgresConfigurationTests {

	@Autowired
	private DataSource dataSource;

	@Test
	void thePoolIsSizedBySpringDatasourceHikari() {
		assertThat(this.dataSource).isInstanceOfSatisfying(HikariDataSource.class,
				(hikari) -> assertThat(hikari.getMaximumPoolSize()).isEqualTo(12));
	}

}
