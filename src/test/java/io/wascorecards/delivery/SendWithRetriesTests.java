package io.wascorecards.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which SMTP failures are tried again, and how long the pauses between attempts are.
 */
class SendWithRetriesTests {

	@TempDir
	Path folder;

	@Test
	void aRefusedRecipientIsTriedOnlyOnce() throws Exception {
		try (RefusingServer server = new RefusingServer()) {
			SendWithRetries.Outcome outcome = sender(server.port(), Duration.ofMillis(10)).send(eml(), 2);

			assertThat(outcome.sent()).isFalse();
			assertThat(outcome.attempts()).isEqualTo(3);
			assertThat(outcome.error()).contains("550");
			assertThat(server.recipients.get()).isEqualTo(1);
		}
	}

	@Test
	void noServerIsTriedEveryAttemptWithPausesDoubling() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		long start = System.nanoTime();

		SendWithRetries.Outcome outcome = sender(closedPort, Duration.ofMillis(300)).send(eml(), 0);

		assertThat(outcome.sent()).isFalse();
		assertThat(outcome.attempts()).isEqualTo(3);
		assertThat(outcome.error()).contains("Connection refused");
		// 300 ms, then 600 ms, and no pause after the last attempt (which would add 1200)
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(900),
				Duration.ofMillis(1800));
	}

	private SendWithRetries sender(int port, Duration backoff) {
		JavaMailSenderImpl smtp = new JavaMailSenderImpl();
		smtp.setHost("localhost");
		smtp.setPort(port);
		return new SendWithRetries(new Mailbox(smtp), new DeliveryProperties("scorecards@bsp.example", 3, backoff,
				DataSize.ofMegabytes(10), Duration.ZERO, 3));
	}

	private Path eml() throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()));
		message.setFrom("scorecards@bsp.example");
		message.setRecipients(MimeMessage.RecipientType.TO, "nobody@bsp.example");
		message.setSubject("Scorecards");
		message.setText("Hello");
		Path eml = this.folder.resolve("mail.eml");
		try (var out = Files.newOutputStream(eml)) {
			message.writeTo(out);
		}
		return eml;
	}

	/**
	 * An SMTP server on the loopback that knows no recipient (550), one client at a time.
	 */
	private static final class RefusingServer implements AutoCloseable {

		private final ServerSocket socket;

		private final AtomicInteger recipients = new AtomicInteger();

		RefusingServer() throws IOException {
			this.socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
			Thread thread = new Thread(this::serve, "refusing-smtp");
			thread.setDaemon(true);
			thread.start();
		}

		int port() {
			return this.socket.getLocalPort();
		}

		private void serve() {
			while (!this.socket.isClosed()) {
				try (Socket client = this.socket.accept();
						BufferedReader in = new BufferedReader(
								new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
						PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
					reply(out, "220 localhost");
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						String command = line.toUpperCase();
						if (command.startsWith("RCPT")) {
							this.recipients.incrementAndGet();
							reply(out, "550 5.1.1 No such user");
						}
						else if (command.startsWith("QUIT")) {
							reply(out, "221 Bye");
							break;
						}
						else {
							reply(out, "250 OK");
						}
					}
				}
				catch (IOException ex) {
					if (!this.socket.isClosed()) {
						throw new UncheckedIOException(ex);
					}
				}
			}
		}

		private static void reply(PrintWriter out, String line) {
			out.print(line + "\r\n");
			out.flush();
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
		}

	}

}
