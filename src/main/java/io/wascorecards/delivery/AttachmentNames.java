package io.wascorecards.delivery;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import io.wascorecards.report.ReportFiles;

import io.wascorecards.delivery.ManagerDigest.Brand;

/**
 * Names the attached PDFs with only {@code [a-z0-9.-]}, so that every mail client and
 * file system takes them as they are.
 */
final class AttachmentNames {

	private static final int SLUG_LENGTH = 40;

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");

	private AttachmentNames() {
	}

	/**
	 * The name of a brand's scorecard, see {@link EmailComposer#scorecardFileName}.
	 * @param businessDate the date
	 * @param brand the brand
	 * @return the name
	 * @throws IllegalArgumentException when the phone_number_id cannot name a file safely
	 */
	static String scorecard(LocalDate businessDate, Brand brand) {
		String safeId = safeId(brand.phoneNumberId());
		String slug = slug(brand.brandName());
		return "scorecard-" + businessDate + "-" + (slug.isEmpty() ? "" : slug + "-") + safeId + ".pdf";
	}

	/**
	 * The name of a portfolio, see {@link EmailComposer#portfolioFileName}.
	 * @param businessDate the date
	 * @return the name
	 */
	static String portfolio(LocalDate businessDate) {
		return "portfolio-" + businessDate + ".pdf";
	}

	/**
	 * A brand name as a file name can carry it: lower case, without accents, runs of
	 * anything else than letters and digits as one {@code -}, at most 40 characters.
	 * @param name the name
	 * @return the slug, empty when nothing is left (a name in another script)
	 */
	static String slug(String name) {
		String plain = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		String slug = trimDashes(NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-"));
		return (slug.length() > SLUG_LENGTH) ? trimDashes(slug.substring(0, SLUG_LENGTH)) : slug;
	}

	private static String safeId(String id) {
		if (!ReportFiles.isSafeId(id)) {
			throw new IllegalArgumentException("phone_number_id '" + CONTROL.matcher(id).replaceAll("?")
					+ "' cannot name a file: only letters, digits, '-' and '_' are allowed");
		}
		// Meta's ids are digits and stay as they are; anything else is made safe all the
		// same
		return id.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String trimDashes(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
