package io.wascorecards.batch;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the features' step configurations share: the builder of their steps, and the
 * partitioner of the steps that take a range of connections per partition.
 */
@Configuration(proxyBeanMethods = false)
class SharedStepConfiguration {

	@Bean
	Steps steps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			NamedParameterJdbcTemplate jdbc) {
		return new Steps(jobRepository, transactionManager, jdbc);
	}

	@Bean
	@StepScope
	ConnectionRangePartitioner connectionPartitioner(NamedParameterJdbcTemplate jdbc,
			@Value(RunParameters.OF_THE_STEP) JobParameters parameters) {
		return new ConnectionRangePartitioner(jdbc, RunParameters.from(parameters).connections());
	}

}
