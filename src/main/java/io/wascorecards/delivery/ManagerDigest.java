package io.wascorecards.delivery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One account manager's day: whom to write to, in which language, and the PDFs to send.
 *
 * @param managerId the manager's id
 * @param managerName the manager's name, for the greeting (may be empty)
 * @param email the manager's e-mail address
 * @param locale the manager's language
 * @param businessDate the date the reports are about
 * @param brands the manager's brands, worst first
 * @param portfolio the manager's portfolio PDF, {@code null} when there is none
 */
public record ManagerDigest(long managerId, String managerName, String email, Locale locale, LocalDate businessDate,
		List<Brand> brands, Path portfolio) {

	public ManagerDigest {
		managerName = (managerName != null) ? managerName : "";
		Objects.requireNonNull(email, "email");
		locale = (locale != null) ? locale : Locale.ENGLISH;
		Objects.requireNonNull(businessDate, "businessDate");
		brands = List.copyOf(brands);
	}

	/**
	 * One brand (WhatsApp connection) of the manager.
	 *
	 * @param brandName the brand's name as the manager knows it
	 * @param phoneNumberId the connection's phone_number_id
	 * @param status {@code GREEN}, {@code YELLOW}, {@code RED} or {@code NO_DATA}
	 * @param score the overall score as the PDFs write it, e.g. {@code 72.5}, empty
	 * without one
	 * @param topIssue the most important issue in the manager's language, may be empty
	 * @param alerts how many sharp changes its day had
	 * @param pdf the brand's scorecard PDF
	 */
	public record Brand(String brandName, String phoneNumberId, String status, String score, String topIssue,
			int alerts, Path pdf) {

		public Brand {
			brandName = (brandName != null) ? brandName : "";
			Objects.requireNonNull(phoneNumberId, "phoneNumberId");
			status = (status != null) ? status : "NO_DATA";
			score = (score != null) ? score : "";
			topIssue = (topIssue != null) ? topIssue : "";
			Objects.requireNonNull(pdf, "pdf");
		}

	}

}
