-- The latest sending of a manager's e-mails for :businessDate: its generation, the job instance that
-- created it (none before the first), and whether it is outdated: none of its e-mails went out and the
-- manager's portfolio was rendered again after it was composed (a rerun recomputed the figures), so its
-- stored attachments are older than the scorecards.
SELECT d.generation, d.job_instance_id,
       NOT EXISTS (SELECT 1 FROM email_delivery o
                   WHERE o.business_date = d.business_date AND o.manager_id = d.manager_id
                     AND o.generation = d.generation AND o.status <> 'FAILED')
       AND EXISTS (SELECT 1 FROM portfolio p
                   WHERE p.business_date = d.business_date AND p.manager_id = d.manager_id
                     AND p.rendered_at > d.created_at) AS outdated
FROM email_delivery d
WHERE d.business_date = :businessDate AND d.manager_id = :managerId
ORDER BY d.generation DESC, d.part
LIMIT 1
