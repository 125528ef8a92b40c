package io.wascorecards.batch;

import javax.sql.DataSource;

import io.wascorecards.ScorecardsProperties;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the features' step configurations share: the builder of their steps, the
 * partitioner of the steps that take a range of connections per partition, and the
 * {@code worker} command's partition taker.
 */
@Configuration(proxyBeanMethods = false)
class SharedStepConfiguration {

	@Bean
	Steps steps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			NamedParameterJdbcTemplate jdbc, DataSource dataSource, ScorecardsProperties properties,
			RemoteWorkerProperties remote) {
		return new Steps(jobRepository, transactionManager, jdbc,
				properties.remoteWorkers() ? PartitionRequests.sender(dataSource) : null, remote);
	}

	/** What the {@code worker} command runs; it does nothing until asked. */
	@Bean
	PartitionWorker partitionWorker(DataSource dataSource, JobRepository jobRepository, Steps steps,
			BeanFactory beanFactory, RemoteWorkerProperties remote, ScorecardsProperties properties) {
		return new PartitionWorker(dataSource, jobRepository, steps, beanFactory, remote, properties.threads());
	}

	@Bean
	@StepScope
	ConnectionRangePartitioner connectionPartitioner(NamedParameterJdbcTemplate jdbc,
			@Value(RunParameters.OF_THE_STEP) JobParameters parameters) {
		return new ConnectionRangePartitioner(jdbc, RunParameters.from(parameters).connections());
	}

}
