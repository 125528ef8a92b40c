package io.wascorecards.admin;

import java.io.IOException;
import java.util.Map;

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

	static void write(HttpServletResponse response, HttpStatus status, boolean challenge, String detail)
			throws IOException {
		response.setStatus(status.value());
		if (challenge) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"wa-scorecards\"");
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write(JSON.writeValueAsString(Map.of("type", "about:blank", "title", status.getReasonPhrase(), "status",
					status.value(), "detail", detail)));
	}

}
