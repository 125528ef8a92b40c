-- Records where the portfolio PDF of a manager was written, its SHA-256 and how many brands it lists.
INSERT INTO portfolio (manager_id, business_date, brands, pdf_path, pdf_sha256)
VALUES (:managerId, :businessDate, :brands, :pdfPath, :pdfSha256)
ON CONFLICT (business_date, manager_id) DO UPDATE
SET brands = excluded.brands, pdf_path = excluded.pdf_path, pdf_sha256 = excluded.pdf_sha256, rendered_at = now()
