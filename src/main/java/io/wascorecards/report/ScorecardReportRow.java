package io.wascorecards.report;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import io.wascorecards.scorecard.StoredScorecard;

/**
 * What one PDF scorecard shows, as read by {@code sql/report/scorecard_report.sql}.
 *
 * @param connectionId the connection
 * @param phoneNumberId its phone_number_id
 * @param displayPhoneNumber its number, digits only
 * @param brandName the brand
 * @param zone the connection's time zone
 * @param language its report language as stored
 * @param businessDate the date
 * @param asOf when the scorecard was computed
 * @param scorecard the stored scorecard
 * @param windowDays the connection's trailing window
 * @param sanctionDays its sanction look-back
 * @param setAside webhook units of the day set aside
 * @param unlinkedStatuses statuses of the day that match no message
 * @param windowEnd the end of the business day
 * @param dailyCounters the counters the trend's rates are computed from, day by day over
 * the last {@link TrendChart#DAYS} days (JSON)
 * @param firstResponses answered interactions by time to answer, six buckets
 * @param failedMessages failed messages of the window
 * @param failureCodes the top error codes with their counts (JSON)
 * @param events the consistency events of the look-back (JSON)
 * @param offPurposeTemplates the templates most sent off purpose with their touches
 * (JSON)
 * @param profileMissing the profile's fields not filled, {@code null} without a profile
 */
record ScorecardReportRow(long connectionId, String phoneNumberId, String displayPhoneNumber, String brandName,
		ZoneId zone, String language, LocalDate businessDate, Instant asOf, StoredScorecard scorecard, int windowDays,
		int sanctionDays, int setAside, int unlinkedStatuses, Instant windowEnd, String dailyCounters,
		long[] firstResponses, long failedMessages, String failureCodes, String events, String offPurposeTemplates,
		List<String> profileMissing) {

	static ScorecardReportRow of(ResultSet row, LocalDate businessDate) throws SQLException {
		return new ScorecardReportRow(row.getLong("connection_id"), row.getString("phone_number_id"),
				row.getString("display_phone_number"), row.getString("brand_name"),
				ZoneId.of(row.getString("timezone")), row.getString("locale"), businessDate,
				row.getTimestamp("as_of").toInstant(), StoredScorecard.read(row), row.getInt("window_days"),
				row.getInt("sanction_days"), row.getInt("webhook_units_set_aside"), row.getInt("unlinked_statuses"),
				(row.getTimestamp("window_end") != null) ? row.getTimestamp("window_end").toInstant() : null,
				row.getString("daily_counters"), longs(row.getArray("first_responses")), row.getLong("failed_messages"),
				row.getString("failure_codes"), row.getString("events"), row.getString("off_purpose_templates"),
				strings(row.getArray("profile_missing")));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList() : null;
	}

	private static long[] longs(Array array) throws SQLException {
		long[] values = new long[6];
		if (array != null) {
			Object[] elements = (Object[]) array.getArray();
			for (int i = 0; i < values.length && i < elements.length; i++) {
				values[i] = (elements[i] != null) ? ((Number) elements[i]).longValue() : 0;
			}
		}
		return values;
	}

}
