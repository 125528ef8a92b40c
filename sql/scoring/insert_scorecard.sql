-- One connection's scorecard of :businessDate.
INSERT INTO scorecard (connection_id, business_date, as_of, provisional, score, status, effectiveness_score,
                       brand_score, consistency_score, humanity_score, kpis, recommendations, alerts)
VALUES (:connectionId, :businessDate, :asOf, :provisional, :score, :status, :effectivenessScore, :brandScore,
        :consistencyScore, :humanityScore, CAST(:kpis AS jsonb), CAST(:recommendations AS jsonb),
        CAST(:alerts AS jsonb))
