package io.wascorecards.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * RFC 9457 problem bodies, for the errors answered outside Spring MVC's handlers: by the
 * security filters, the firewall, the error page and Tomcat itself. They carry the
 * headers Spring Security adds to every answer of its filter chain, which none of those
 * places gets by itself.
 */
final class Problems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Spring Security's default headers, in its order (HSTS over HTTPS only). */
	private static final List<HeaderWriter> SECURITY_HEADERS = List.of(new XContentTypeOptionsHeaderWriter(),
			new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(), new HstsHeaderWriter(),
			new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY));

	private Problems() {
	}

	/** The members of RFC 9457 in its order. */
	private record Problem(String type, String title, int status, String detail) {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, int status, String detail)
			throws IOException {
		response.setStatus(status);
		prepare(request, response);
		response.getWriter().write(body(status, detail));
	}

	/** Sets the security headers and the problem's content type. */
	static void prepare(HttpServletRequest request, HttpServletResponse response) {
		// each writer leaves alone a header already there
		SECURITY_HEADERS.forEach((writer) -> writer.writeHeaders(request, response));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
	}

	static String body(int status, String detail) {
		HttpStatus known = HttpStatus.resolve(status);
		return JSON.writeValueAsString(
				new Problem("about:blank", (known != null) ? known.getReasonPhrase() : "Error", status, detail));
	}

	/**
	 * What went wrong, for an error whose cause is not told to the client: Tomcat's and
	 * the firewall's reasons quote the request.
	 */
	static String detail(int status) {
		return switch (status) {
			case 400 -> "The request is malformed, or its address is one this server refuses";
			case 401 -> "Authentication required: HTTP basic with a user of scorecards.api.users";
			case 403 -> "Your role may not do this";
			case 404 -> "Nothing at this address";
			case 405 -> "This method is not allowed at this address";
			case 413 -> "The request body is larger than " + BodyLimitFilter.LIMIT / 1024 + " KB";
			case 500 -> "The server could not answer this request; the reason is in its log";
			default -> {
				HttpStatus known = HttpStatus.resolve(status);
				yield (known != null) ? known.getReasonPhrase() : "Error " + status;
			}
		};
	}

}
