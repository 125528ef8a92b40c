-- run_request becomes the record of runs that the launcher, the API and the command line read: besides what was
-- asked, who and when, it records whether each date was asked as a new run (rerun, the API) or to be scored once
-- (run, the nightly trigger), the instant it computes as of, and the run of the date it concerns (run_number, the
-- job instance's identifying run number with business_date): the run it started or resumed, or the one that had
-- already scored the date. job_execution_id is the execution of that run which carried it out, recorded by the job
-- itself from its parameters, or, for a date already scored, the execution that scored it (then the refusal says
-- so, and email_retry_execution_id is the retry of its undelivered e-mails, if any). How an execution went stays
-- Spring Batch's own record.
ALTER TABLE run_request
    ADD COLUMN rerun                    boolean     NULL,
    ADD COLUMN as_of                    timestamptz NULL,
    ADD COLUMN run_number               bigint      NULL,
    ADD COLUMN email_retry_execution_id bigint      NULL;

-- the runs recorded before: their run and instant are those of the execution that carried them out
UPDATE run_request r SET run_number = CAST(p.parameter_value AS bigint)
FROM batch_job_execution_params p
WHERE p.job_execution_id = r.job_execution_id AND p.parameter_name = 'run';
UPDATE run_request r SET as_of = CAST(p.parameter_value AS timestamptz)
FROM batch_job_execution_params p
WHERE p.job_execution_id = r.job_execution_id AND p.parameter_name = 'asOf';
-- the API only ever asked for new runs, and a run never named connections nor resent; a command-line row that did
-- neither is taken for a run (the two differed only in how they found the date's run)
UPDATE run_request SET rerun = starts_with(requested_by, 'api:') OR connections <> '{}' OR resend;
ALTER TABLE run_request ALTER COLUMN rerun SET NOT NULL;
