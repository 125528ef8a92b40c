-- The alerts of a scorecard (SPEC §5b): a JSON array of {"kpi", "value", "median", "z"}, in the order of SPEC §5,
-- empty without any. Scorecards stored before have none.
ALTER TABLE scorecard ADD COLUMN alerts jsonb NOT NULL DEFAULT '[]';
