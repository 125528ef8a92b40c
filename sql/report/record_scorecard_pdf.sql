-- Records where the PDF of a scorecard was written and its SHA-256.
UPDATE scorecard
SET pdf_path = :pdfPath, pdf_sha256 = :pdfSha256
WHERE business_date = :businessDate AND connection_id = :connectionId
