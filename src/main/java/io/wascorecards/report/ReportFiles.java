package io.wascorecards.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where the PDFs of a date go: {@code <output>/<date>/<phone_number_id>.pdf} and
 * {@code <output>/<date>/portfolio-<manager id>.pdf} (SPEC §7). File names are built from
 * validated ids only, and a file is replaced whole or not at all.
 *
 * @param outputDir the output folder
 */
public record ReportFiles(Path outputDir) {

	/**
	 * What a phone_number_id may be to name a file (Meta's are digits), as a regular
	 * expression: for the descriptions of the API.
	 */
	public static final String SAFE_ID_PATTERN = "[0-9A-Za-z_-]{1,64}";

	private static final Pattern SAFE_ID = Pattern.compile(SAFE_ID_PATTERN);

	public ReportFiles {
		outputDir = outputDir.toAbsolutePath().normalize();
	}

	/**
	 * The scorecard of a connection.
	 * @param businessDate the date
	 * @param phoneNumberId the connection's phone_number_id
	 * @return its path
	 * @throws IllegalArgumentException when the id cannot name a file safely
	 */
	public Path scorecard(LocalDate businessDate, String phoneNumberId) {
		if (!isSafeId(phoneNumberId)) {
			throw new IllegalArgumentException("phone_number_id '" + phoneNumberId.replaceAll("\\p{Cntrl}", "?")
					+ "' cannot name a file: only letters, digits, '-' and '_' are allowed");
		}
		return dateDir(businessDate).resolve(phoneNumberId + ".pdf");
	}

	/**
	 * Whether a phone_number_id may name a file (and a URL or an attachment): the one
	 * definition every file name and path is checked against.
	 * @param phoneNumberId the id
	 * @return whether it has only letters, digits, '-' and '_', at most 64
	 */
	public static boolean isSafeId(String phoneNumberId) {
		return phoneNumberId != null && SAFE_ID.matcher(phoneNumberId).matches();
	}

	/**
	 * The portfolio of an account manager.
	 * @param businessDate the date
	 * @param managerId the manager's id
	 * @return its path
	 */
	public Path portfolio(LocalDate businessDate, long managerId) {
		return dateDir(businessDate).resolve("portfolio-" + managerId + ".pdf");
	}

	/**
	 * The folder of a date.
	 * @param businessDate the date
	 * @return {@code <output>/<date>}
	 */
	public Path dateDir(LocalDate businessDate) {
		return this.outputDir.resolve(businessDate.toString());
	}

	/**
	 * Writes a file atomically: a reader sees the old content or the new one, never a
	 * part, and a crash leaves at most a temporary file behind.
	 * @param path where
	 * @param content what
	 * @return the content's SHA-256 in hex
	 */
	public static String write(Path path, byte[] content) {
		try {
			Files.createDirectories(path.getParent());
			// a plain new file (not a temp file's owner-only one), so others may read it
			// as any output
			Path temporary = path.resolveSibling("." + path.getFileName() + "." + UUID.randomUUID() + ".part");
			Files.write(temporary, content, StandardOpenOption.CREATE_NEW);
			Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return sha256(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + path, ex);
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
