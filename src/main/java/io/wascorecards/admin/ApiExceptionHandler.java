package io.wascorecards.admin;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.wascorecards.job.InvalidRunDateException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
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
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 problem body: Spring MVC's own (a body that is
 * not JSON, a wrong method, …), the API's validation (the constraints of the body and the
 * parameters, the dates' rules, the connections known), which names the field at fault,
 * and any other failure.
 */
@RestControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiExceptionHandler extends ResponseEntityExceptionHandler implements ResponseBodyAdvice<Object> {

	private static final Log failures = LogFactory.getLog(ApiExceptionHandler.class);

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	@ExceptionHandler
	ResponseEntity<Object> invalid(InvalidRequestException ex) {
		return invalid(ex.field(), ex.getMessage());
	}

	/**
	 * A date the command line refuses too (in the future, too early, too many of them): a
	 * bad request here, not a run refused.
	 */
	@ExceptionHandler
	ResponseEntity<Object> invalid(InvalidRunDateException ex) {
		return invalid(ex.field(), ex.getMessage());
	}

	/**
	 * A body whose values break their constraints: the first field at fault, in the order
	 * of the body's members.
	 */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Object target = ex.getBindingResult().getTarget();
		List<String> members = (target != null && target.getClass().isRecord())
				? Stream.of(target.getClass().getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
		Optional<FieldError> first = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.min(Comparator.comparingInt((FieldError error) -> members.indexOf(member(error.getField())))
				.thenComparing(FieldError::getField));
		return first.map((error) -> violation(error.getField(), error.getDefaultMessage()))
			.orElseGet(() -> super.handleMethodArgumentNotValid(ex, headers, status, request));
	}

	/**
	 * Parameters of the query or the path that break their constraints: the first at
	 * fault, in the order of the parameters.
	 */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ex.getParameterValidationResults()
			.stream()
			.findFirst()
			.map((result) -> violation(result.getMethodParameter().getParameterName(),
					result.getResolvableErrors().get(0).getDefaultMessage()))
			.orElseGet(() -> super.handleHandlerMethodValidationException(ex, headers, status, request));
	}

	/** A parameter that is not of its type (a run id that is not a number). */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch && mismatch.getRequiredType() != null) {
			boolean number = Number.class
				.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(mismatch.getRequiredType()));
			return invalid(mismatch.getName(), "'" + mismatch.getName() + "' is not "
					+ (number ? "a number" : "of the expected type") + ": " + Excerpts.of(mismatch.getValue() + ""));
		}
		return super.handleTypeMismatch(ex, headers, status, request);
	}

	/**
	 * A constraint's message follows the name of the field it checks ({@code 'from' is
	 * required}); an item of a list ({@code connections[3]}) is named as such.
	 */
	private static ResponseEntity<Object> violation(String field, String message) {
		String member = member(field);
		return invalid(member, (member.equals(field) ? "'" + member + "' " : "an item of '" + member + "' ") + message);
	}

	/** The member of the body a field is, or is in. */
	private static String member(String field) {
		int end = field.indexOf('[');
		return (end >= 0) ? field.substring(0, end) : field;
	}

	private static ResponseEntity<Object> invalid(String field, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		problem.setProperty("field", field);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * A body that is not the JSON of the request: names the field when Jackson knows it.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath().get(0).getPropertyName();
			return invalid(field, mismatch(field, databind));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The body is not the JSON this request takes");
		problem.setTitle("Invalid request");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** What the member should have been, when Jackson knows the type it wanted. */
	private static String mismatch(String field, DatabindException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "'" + field + "' is not a member of this request ("
					+ unknown.getKnownPropertyIds().stream().map(String::valueOf).collect(Collectors.joining(", "))
					+ ")";
		}
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
