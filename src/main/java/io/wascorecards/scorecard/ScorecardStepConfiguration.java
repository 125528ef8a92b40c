package io.wascorecards.scorecard;

import io.wascorecards.ScorecardsProperties;
import io.wascorecards.batch.ConnectionRangePartitioner;
import io.wascorecards.batch.RunParameters;
import io.wascorecards.batch.StepNames;
import io.wascorecards.batch.Steps;
import io.wascorecards.scoring.ScoringProperties;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The scoring step, {@code scorecards}: a partitioned step that scores the date's
 * connections, a range of connections per partition.
 */
@Configuration(proxyBeanMethods = false)
class ScorecardStepConfiguration {

	@Bean
	Step scorecards(Steps steps, Step scorecard, ConnectionRangePartitioner connectionPartitioner,
			ScorecardsProperties properties) {
		return steps.partitioned(StepNames.SCORECARDS, scorecard, connectionPartitioner, properties.partitions(),
				properties.threads());
	}

	@Bean
	Step scorecard(Steps steps, ScorecardTasklet scorecardTasklet) {
		return steps.worker("scorecard", scorecardTasklet);
	}

	@Bean
	@StepScope
	ScorecardTasklet scorecardTasklet(NamedParameterJdbcTemplate jdbc, ScoringProperties scoring,
			ScorecardsProperties properties, @Value(RunParameters.OF_THE_STEP) JobParameters parameters) {
		RunParameters run = RunParameters.from(parameters);
		return new ScorecardTasklet(jdbc, scoring, properties.answerWindow(), run.businessDate(), run.asOf(),
				run.connections());
	}

}
