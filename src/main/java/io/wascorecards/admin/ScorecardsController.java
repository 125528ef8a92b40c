package io.wascorecards.admin;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wascorecards.report.ReportFiles;
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
@Tag(name = "scorecards", description = "The scorecards stored, and their PDFs")
@SecurityRequirement(name = ApiDescriptionConfiguration.BASIC)
@ApiResponse(responseCode = "401", ref = ApiDescriptionConfiguration.UNAUTHORIZED)
class ScorecardsController {

	private final NamedParameterJdbcTemplate jdbc;

	ScorecardsController(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping
	@Operation(operationId = "listScorecards", summary = "The scorecards of a date",
			description = "Those the last run of the date stored, of the active connections, by phone_number_id.")
	@ApiResponse(responseCode = "200", description = "The scorecards")
	@ApiResponse(responseCode = "400", ref = ApiDescriptionConfiguration.BAD_REQUEST)
	// the date is required by its constraint, not by the mapping: refused naming the
	// field, as every other value
	ScorecardList list(@Parameter(description = "The business date", required = true,
			schema = @Schema(type = "string", format = "date")) @RequestParam(
					required = false) @NotNull(message = IsoDate.REQUIRED) @IsoDate String date) {
		LocalDate day = LocalDate.parse(date);
		List<ScorecardView> scorecards = this.jdbc.query(
				"""
						SELECT c.phone_number_id, c.brand_name, s.provisional, s.score, s.status, s.effectiveness_score,
						       s.brand_score, s.consistency_score, s.humanity_score, s.pdf_path IS NOT NULL AS has_pdf, s.computed_at
						FROM scorecard s JOIN wa_connection c ON c.id = s.connection_id
						WHERE s.business_date = :date AND c.active
						ORDER BY c.phone_number_id COLLATE "C\"""",
				Map.of("date", day), (row, i) -> {
					String phone = row.getString("phone_number_id");
					Map<String, Double> areas = new LinkedHashMap<>();
					for (Area area : Area.values()) {
						areas.put(area.key(), score(row.getBigDecimal(area.key() + "_score")));
					}
					return new ScorecardView(phone, row.getString("brand_name"), row.getBoolean("provisional"),
							score(row.getBigDecimal("score")), row.getString("status"), areas,
							row.getBoolean("has_pdf") ? "/api/scorecards/" + day + "/" + phone + ".pdf" : null,
							row.getTimestamp("computed_at").toInstant());
				});
		return new ScorecardList(day, scorecards);
	}

	@GetMapping("/{date}/{phoneNumberId}.pdf")
	@Operation(operationId = "getScorecardPdf", summary = "The PDF scorecard of a connection for a date")
	@ApiResponse(responseCode = "200", description = "The PDF",
			content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
					schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "400", ref = ApiDescriptionConfiguration.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ApiDescriptionConfiguration.NOT_FOUND)
	ResponseEntity<FileSystemResource> pdf(
			@Parameter(description = "The business date",
					schema = @Schema(type = "string", format = "date")) @PathVariable @IsoDate String date,
			@Parameter(description = "The connection's phone_number_id", schema = @Schema(type = "string",
					pattern = ReportFiles.SAFE_ID_PATTERN)) @PathVariable @PhoneNumberId String phoneNumberId) {
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

	/**
	 * The answer of {@code GET /api/scorecards}.
	 *
	 * @param date the business date
	 * @param scorecards its scorecards, by phone_number_id
	 */
	record ScorecardList(LocalDate date, List<ScorecardView> scorecards) {
	}

	/**
	 * A connection's scorecard of a date.
	 *
	 * @param phoneNumberId the connection
	 * @param brandName its brand
	 * @param provisional whether late data may still change it
	 * @param score the score out of 100, {@code null} when there was nothing to score
	 * @param status its status
	 * @param areas the score of each area, by key
	 * @param pdf the address of its PDF, {@code null} when none was rendered
	 * @param computedAt when it was computed
	 */
	record ScorecardView(String phoneNumberId, String brandName, boolean provisional, Double score, String status,
			Map<String, Double> areas, String pdf, Instant computedAt) {
	}

}
