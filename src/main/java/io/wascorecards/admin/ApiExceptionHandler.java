package io.wascorecards.admin;

import java.net.URI;
import java.util.Collection;
import java.util.List;

import io.wascorecards.job.RunRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.MethodParameter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem body: Spring MVC's own (a body that is
 * not JSON, a wrong method, …), the API's validation, which names the field at fault, and
 * any other failure.
 */
@RestControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiExceptionHandler extends ResponseEntityExceptionHandler implements ResponseBodyAdvice<Object> {

	private static final Log failures = LogFactory.getLog(ApiExceptionHandler.class);

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	@ExceptionHandler
	ProblemDetail invalid(InvalidRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid request");
		problem.setProperty("field", ex.field());
		return problem;
	}

	/**
	 * A body that is not the JSON of the request: names the field when Jackson knows it.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The body is not the JSON this request takes");
		problem.setTitle("Invalid request");
		if (ex.getMostSpecificCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath().get(0).getPropertyName();
			problem.setProperty("field", field);
			problem.setDetail(mismatch(field, databind));
		}
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** What the member should have been, when Jackson knows the type it wanted. */
	private static String mismatch(String field, DatabindException ex) {
		String expected = expected(
				(ex instanceof MismatchedInputException mismatched) ? mismatched.getTargetType() : null);
		if (expected == null) {
			return "'" + field + "' is not expected here, or not of the expected type";
		}
		List<String> indexes = ex.getPath()
			.stream()
			.skip(1)
			.filter((reference) -> reference.getIndex() >= 0)
			.map((reference) -> Integer.toString(reference.getIndex()))
			.toList();
		return (indexes.isEmpty() ? "'" + field + "'" : "item " + indexes.get(0) + " of '" + field + "'") + " must be "
				+ expected;
	}

	private static String expected(Class<?> type) {
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "a JSON string";
		}
		if (type != null && Collection.class.isAssignableFrom(type)) {
			return "a JSON list";
		}
		return null;
	}

	@ExceptionHandler
	ProblemDetail refused(RunRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Run refused");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/**
	 * Anything else: a 500 problem, and the reason in the log (here, rather than by
	 * Tomcat, so that a message quoting the request, such as a statement with a parameter
	 * per item of a list, is cut).
	 */
	@ExceptionHandler
	ProblemDetail failed(Exception ex, HttpServletRequest request) {
		// the cause on the line itself: the terminal shows one line per event, the log
		// file the stack trace
		String cause = NestedExceptionUtils.getMostSpecificCause(ex).getMessage();
		failures.error(
				request.getMethod() + " " + Excerpts.of(request.getRequestURI()) + " failed: "
						+ Excerpts.of((cause != null) ? cause.strip().lines().findFirst().orElse("") : ex.toString()),
				Excerpts.forLog(ex));
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				Problems.detail(HttpStatus.INTERNAL_SERVER_ERROR.value()));
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	/**
	 * Writes the type of every problem, as the problems of the filters do: Spring leaves
	 * out {@code about:blank}, which RFC 9457 takes as the default.
	 */
	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem && problem.getType() == null) {
			problem.setType(ABOUT_BLANK);
		}
		return body;
	}

	/** Nothing at this address. */
	static class NotFoundException extends RuntimeException {

		NotFoundException(String message) {
			super(message);
		}

	}

}
