package io.wascorecards.admin;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wascorecards.scoring.Area;
import io.wascorecards.scoring.Scorecard;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/scorecards}: the scorecards stored for a date, and their PDFs.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("/api/scorecards")
class ScorecardsController {

	private final NamedParameterJdbcTemplate jdbc;

	ScorecardsController(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping
	// the date is required by its constraint, not by the mapping: refused naming the
	// field, as every other value
	Map<String, Object> list(
			@RequestParam(required = false) @NotNull(message = IsoDate.REQUIRED) @IsoDate String date) {
		LocalDate day = LocalDate.parse(date);
		List<Map<String, Object>> scorecards = this.jdbc.query(
				"""
						SELECT c.phone_number_id, c.brand_name, s.provisional, s.score, s.status, s.effectiveness_score,
						       s.brand_score, s.consistency_score, s.humanity_score, s.pdf_path IS NOT NULL AS has_pdf, s.computed_at
						FROM scorecard s JOIN wa_connection c ON c.id = s.connection_id
						WHERE s.business_date = :date AND c.active
						ORDER BY c.phone_number_id COLLATE "C\"""",
				Map.of("date", day), (row, i) -> {
					Map<String, Object> scorecard = new LinkedHashMap<>();
					String phone = row.getString("phone_number_id");
					scorecard.put("phoneNumberId", phone);
					scorecard.put("brandName", row.getString("brand_name"));
					scorecard.put("provisional", row.getBoolean("provisional"));
					scorecard.put("score", score(row.getBigDecimal("score")));
					scorecard.put("status", row.getString("status"));
					Map<String, Object> areas = new LinkedHashMap<>();
					for (Area area : Area.values()) {
						areas.put(area.key(), score(row.getBigDecimal(area.key() + "_score")));
					}
					scorecard.put("areas", areas);
					scorecard.put("pdf",
							row.getBoolean("has_pdf") ? "/api/scorecards/" + day + "/" + phone + ".pdf" : null);
					scorecard.put("computedAt", row.getTimestamp("computed_at").toInstant());
					return scorecard;
				});
		return Map.of("date", day, "scorecards", scorecards);
	}

	@GetMapping("/{date}/{phoneNumberId}.pdf")
	ResponseEntity<FileSystemResource> pdf(@PathVariable @IsoDate String date,
			@PathVariable @PhoneNumberId String phoneNumberId) {
		LocalDate day = LocalDate.parse(date);
		List<String> paths = this.jdbc.queryForList("""
				SELECT s.pdf_path FROM scorecard s JOIN wa_connection c ON c.id = s.connection_id
				WHERE s.business_date = :date AND c.phone_number_id = :phone AND s.pdf_path IS NOT NULL""",
				Map.of("date", day, "phone", phoneNumberId), String.class);
		if (paths.isEmpty() || !Files.isReadable(Path.of(paths.get(0)))) {
			throw new ApiExceptionHandler.NotFoundException("No PDF scorecard of " + phoneNumberId + " for " + day);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(phoneNumberId + "-" + day + ".pdf").build().toString())
			.body(new FileSystemResource(paths.get(0)));
	}

	private static Double score(BigDecimal score) {
		return (score != null) ? Double.valueOf(Scorecard.writeScore(score)) : null;
	}

}
