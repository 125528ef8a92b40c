-- Records an e-mail about to be sent, before its first attempt.
INSERT INTO email_delivery (business_date, manager_id, generation, part, parts, message_id, recipient, subject,
                            attachments, eml_path, job_instance_id, status)
VALUES (:businessDate, :managerId, :generation, :part, :parts, :messageId, :recipient, :subject,
        CAST(:attachments AS text[]), :emlPath, :jobInstanceId, 'PENDING')
