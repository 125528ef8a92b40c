package io.wascorecards.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Problem bodies for the errors Tomcat answers itself, before any filter runs: a request
 * line or a header it cannot parse, a path with an encoded slash, backslash or NUL, an
 * HTTP version it does not speak. Its host's error report valve wrote them as HTML,
 * without the headers of every other answer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TomcatErrorsConfiguration {

	/**
	 * Replaces the host's error report valve (after Spring Boot's customizer set up its
	 * own, as an unordered customizer comes after the ordered ones).
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ProblemReportValve());
				// so that the host, finding it, adds no valve of its own when it starts
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		});
	}

	/** Tomcat's error report valve, writing a problem body instead of an HTML page. */
	static class ProblemReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			// as Tomcat's: only an error, once, with nothing written yet
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			try {
				Problems.prepare(request, response);
				PrintWriter writer = response.getReporter();
				if (writer != null) {
					writer.write(Problems.body(status, Problems.detail(status)));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone, or the answer already on its way: nothing to add
			}
		}

	}

}
