-- Whether a connection is in a run's selection: every connection when the selection is null (the run covers
-- all of them), else those whose id it lists. A plain SQL expression that the planner inlines where it is
-- called, so that a query filtering by it keeps its index use; the one definition of the run's :only filter.
CREATE FUNCTION sc_selected(connection_id bigint, selection bigint[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
        SELECT selection IS NULL OR connection_id = ANY (selection)
    $$;
