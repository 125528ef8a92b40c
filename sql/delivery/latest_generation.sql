-- The latest sending of a manager's e-mails for :businessDate: its generation and the job instance that
-- created it (none before the first).
SELECT generation, job_instance_id
FROM email_delivery
WHERE business_date = :businessDate AND manager_id = :managerId
ORDER BY generation DESC
LIMIT 1
