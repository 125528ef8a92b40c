package io.wascorecards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the tests' SMTP server (GreenMail) listens: a port free when the tests start, so
 * that a second build on the same machine, or anything else on a fixed port, never
 * receives their e-mails. As a context initializer it points {@code spring.mail.port}
 * there; tests that send start the server with {@link #server()}, the others never send.
 */
public final class TestSmtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The port, chosen once for the tests of this JVM. */
	public static final int PORT = freePort();

	/**
	 * The SMTP server's setup, allowing a loaded machine time to start it.
	 * @return the setup
	 */
	public static ServerSetup server() {
		ServerSetup setup = new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP);
		setup.setServerStartupTimeout(10_000);
		return setup;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("spring.mail.host=localhost", "spring.mail.port=" + PORT).applyTo(context);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
