package io.wascorecards.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * RFC 9457 problem bodies, for the errors the security filters answer before any
 * controller.
 */
final class Problems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	/** The members of RFC 9457 in its order. */
	private record Problem(String type, String title, int status, String detail) {
	}

	static void write(HttpServletResponse response, HttpStatus status, boolean challenge, String detail)
			throws IOException {
		response.setStatus(status.value());
		if (challenge) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"wa-scorecards\"");
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write(JSON
				.writeValueAsString(new Problem("about:blank", status.getReasonPhrase(), status.value(), detail)));
	}

}
