package io.wascorecards.admin;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.wascorecards.report.ReportFiles;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/runs}:
 * {@code {"from":"D1","to":"D2","connections":["…"],"email":true,"resend":false}}. Its
 * shape is checked as it is read ({@link ApiJsonConfiguration}: a member of another JSON
 * type, {@code null}, a member given twice or one it does not have is refused), its
 * values by the constraints here (each message follows the field's name), and the dates
 * by {@link io.wascorecards.job.RunDates}, as for the command line.
 *
 * @param from the first business date
 * @param to the last business date
 * @param connections phone_number_ids to limit the runs to, each once in the order first
 * named (at most {@value #MAX_CONNECTIONS} distinct ones), empty for all
 * @param email whether to e-mail (absent: true)
 * @param resend whether to e-mail managers already sent (absent: false)
 */
@Schema(description = "The dates to run, and what the runs do",
		additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record RunsRequest(
		@Schema(description = "The first business date",
				format = "date") @NotNull(message = IsoDate.REQUIRED) @IsoDate String from,
		@Schema(description = "The last business date",
				format = "date") @NotNull(message = IsoDate.REQUIRED) @IsoDate String to,
		@ArraySchema(
				arraySchema = @Schema(description = "phone_number_ids, absent or empty for all; duplicates are"
						+ " dropped, the first-seen order kept"),
				schema = @Schema(pattern = ReportFiles.SAFE_ID_PATTERN)) @Size(max = RunsRequest.MAX_CONNECTIONS,
						message = "may name at most {max} distinct phone_number_ids per request") List<@PhoneNumberId String> connections,
		@Schema(description = "Whether to e-mail the managers", defaultValue = "true") Boolean email,
		@Schema(description = "Whether to e-mail managers already sent", defaultValue = "false") Boolean resend) {

	/**
	 * How many distinct connections a request may name: more than a person picks by hand,
	 * few enough for one statement's parameters and one readable refusal.
	 */
	static final int MAX_CONNECTIONS = 1000;

	RunsRequest {
		// before the constraints see them: a request names at most so many distinct ones
		connections = (connections != null) ? List.copyOf(new LinkedHashSet<>(connections)) : List.of();
		email = (email == null) || email;
		resend = (resend != null) && resend;
	}

	/** The first date, once validated. */
	LocalDate first() {
		return LocalDate.parse(this.from);
	}

	/** The last date, once validated. */
	LocalDate last() {
		return LocalDate.parse(this.to);
	}

}
