package io.wascorecards.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.wascorecards.scorecard.StoredScorecard;

/**
 * One brand of a manager's portfolio, as read by {@code sql/report/portfolio_report.sql}.
 *
 * @param managerId the account manager
 * @param managerName their name
 * @param email their address
 * @param language their report language as stored, or their first connection's
 * @param phoneNumberId the connection's phone_number_id
 * @param displayPhoneNumber its number, digits only
 * @param brandName the brand
 * @param scorecard its stored scorecard
 * @param pdfPath the scorecard's PDF, {@code null} when it has none
 * @param previousScore the day before's score, {@code null} without one
 */
public record PortfolioRow(long managerId, String managerName, String email, String language, String phoneNumberId,
		String displayPhoneNumber, String brandName, StoredScorecard scorecard, String pdfPath,
		BigDecimal previousScore) {

	static PortfolioRow of(ResultSet row) throws SQLException {
		return new PortfolioRow(row.getLong("manager_id"), row.getString("full_name"), row.getString("email"),
				row.getString("locale"), row.getString("phone_number_id"), row.getString("display_phone_number"),
				row.getString("brand_name"), StoredScorecard.read(row), row.getString("pdf_path"),
				row.getBigDecimal("previous_score"));
	}

}
