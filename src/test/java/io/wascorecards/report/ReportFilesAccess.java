package io.wascorecards.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SHA-256 the job records for a file, for tests of other packages.
 */
public final class ReportFilesAccess {

	private ReportFilesAccess() {
	}

	public static String sha256(Path file) {
		try {
			return ReportFiles.sha256(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
