package io.wascorecards.scorecard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.wascorecards.db.SqlStatement;
import io.wascorecards.batch.ConnectionRangePartitioner;
import io.wascorecards.batch.ConnectionSelection;
import io.wascorecards.scoring.Alert;
import io.wascorecards.scoring.Alerts;
import io.wascorecards.scoring.Area;
import io.wascorecards.scoring.Recommendation;
import io.wascorecards.scoring.Recommendations;
import io.wascorecards.scoring.Scorecard;
import io.wascorecards.scoring.Scorer;
import io.wascorecards.scoring.ScoringProperties;
import io.wascorecards.scoring.ScoringSettings;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * One partition of the scoring step: scores a range of connections for a date and
 * replaces their scorecards, in one transaction.
 */
class ScorecardTasklet implements Tasklet {

	private static final String DELETE = SqlStatement.load("scoring/delete_scorecards.sql");

	private static final String INSERT = SqlStatement.load("scoring/insert_scorecard.sql");

	private final NamedParameterJdbcTemplate jdbc;

	private final ScoringProperties scoring;

	private final Duration answerWindow;

	private final LocalDate businessDate;

	private final Instant asOf;

	private final ConnectionSelection selection;

	ScorecardTasklet(NamedParameterJdbcTemplate jdbc, ScoringProperties scoring, Duration answerWindow,
			LocalDate businessDate, Instant asOf, ConnectionSelection selection) {
		this.jdbc = jdbc;
		this.scoring = scoring;
		this.answerWindow = answerWindow;
		this.businessDate = businessDate;
		this.asOf = asOf;
		this.selection = selection;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext range = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		MapSqlParameterSource params = new MapSqlParameterSource(this.selection.parameters())
			.addValue("businessDate", this.businessDate)
			.addValue("asOf", Timestamp.from(this.asOf))
			.addValue("answerWindowSeconds", (double) this.answerWindow.toSeconds())
			.addValues(this.scoring.windowParameters())
			.addValue("firstConnectionId", range.getLong(ConnectionRangePartitioner.FIRST_ID))
			.addValue("lastConnectionId", range.getLong(ConnectionRangePartitioner.LAST_ID));
		Map<Long, Map<String, Object>> evidence = new Evidence(this.jdbc).read(params);
		List<MapSqlParameterSource> rows = new ArrayList<>();
		for (ScoringInputs.ConnectionInput connection : new ScoringInputs(this.jdbc).read(params)) {
			ScoringSettings settings = this.scoring.forConnection(connection.phoneNumberId());
			Scorecard scorecard = Scorer.score(connection.input(), settings);
			List<Recommendation> recommendations = Recommendations.recommend(connection.input(), scorecard, settings,
					this.answerWindow, evidence.getOrDefault(connection.connectionId(), Map.of()));
			List<Alert> alerts = Alerts.of(connection.input().day(), connection.input().baseline(),
					this.scoring.alerts());
			rows.add(row(connection, scorecard, recommendations, alerts));
		}
		this.jdbc.update(DELETE, params);
		this.jdbc.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
		contribution.incrementWriteCount(rows.size());
		return RepeatStatus.FINISHED;
	}

	private MapSqlParameterSource row(ScoringInputs.ConnectionInput connection, Scorecard scorecard,
			List<Recommendation> recommendations, List<Alert> alerts) {
		StoredScorecard stored = StoredScorecard.of(scorecard, recommendations, alerts, connection.provisional());
		return new MapSqlParameterSource().addValue("connectionId", connection.connectionId())
			.addValue("businessDate", this.businessDate)
			.addValue("asOf", Timestamp.from(this.asOf))
			.addValue("provisional", stored.provisional())
			.addValue("score", stored.score())
			.addValue("status", stored.status().name())
			.addValue("effectivenessScore", stored.areaScores().get(Area.EFFECTIVENESS))
			.addValue("brandScore", stored.areaScores().get(Area.BRAND))
			.addValue("consistencyScore", stored.areaScores().get(Area.CONSISTENCY))
			.addValue("humanityScore", stored.areaScores().get(Area.HUMANITY))
			.addValue("kpis", ScorecardJson.kpis(stored.kpis()))
			.addValue("recommendations", ScorecardJson.recommendations(stored.recommendations()))
			.addValue("alerts", ScorecardJson.alerts(stored.alerts()));
	}

}
