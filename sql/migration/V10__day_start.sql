-- The first instant of local date d in zone tz (SPEC §3: W = [D 00:00, D+1 00:00) in the connection's
-- zone). PostgreSQL reads a local time that happens twice as the later instant: where clocks go back an
-- hour at midnight (Havana, the Azores) midnight happens twice and the day starts at the first one. A
-- midnight that never happens (clocks go forward at midnight: Santiago) is read as the instant the day
-- starts, as wanted.
CREATE FUNCTION sc_day_start(d date, tz text) RETURNS timestamptz
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    AS $$
        SELECT CASE
                   WHEN (s - interval '1 hour') AT TIME ZONE tz = d::timestamp THEN s - interval '1 hour'
                   ELSE s
               END
        FROM (SELECT d::timestamp AT TIME ZONE tz AS s) later
    $$;
