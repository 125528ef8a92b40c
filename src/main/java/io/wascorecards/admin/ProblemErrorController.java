package io.wascorecards.admin;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page, in place of Spring Boot's: what went wrong outside Spring MVC's
 * handlers (the firewall of an error page, a method Tomcat refuses, an exception out of a
 * filter) as a problem body with the headers of every other answer. The error dispatch
 * skips Spring Security's header filter, hence they are written here.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		int status = (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400)
				? code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
		// Tomcat's and the servlets' reasons quote the request: not repeated
		Problems.write(request, response, status, Problems.detail(status));
	}

}
