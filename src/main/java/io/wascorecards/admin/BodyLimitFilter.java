package io.wascorecards.admin;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over 64 KB with a 413 problem, whatever the endpoint: at once
 * when its Content-Length says so, else (chunked) once 64 KB and one byte have been read.
 * A body of unknown length is read here, before anything else sees it, so that no
 * endpoint answers a body it never read.
 */
class BodyLimitFilter extends OncePerRequestFilter {

	static final int LIMIT = 64 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > LIMIT) {
			tooLarge(request, response);
			return;
		}
		if (length >= 0) {
			// Tomcat reads no more than the Content-Length
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(LIMIT + 1);
		if (body.length > LIMIT) {
			tooLarge(request, response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// Tomcat reads what is left of the body (up to its maxSwallowSize) and closes the
		// connection
		Problems.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
				Problems.detail(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE));
	}

	/** The request with the body read here. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
