package io.wascorecards;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts the shared test database back to empty tables.
 */
public final class TestDatabase {

	private TestDatabase() {
	}

	public static void reset(JdbcTemplate jdbc) {
		jdbc.execute(
				"""
						TRUNCATE wa_connection, account_manager, account_manager_connection, wa_message, wa_webhook_event,
						         wa_quality_snapshot, webhook_read_mark, webhook_status, webhook_signal, webhook_finding,
						         daily_kpi, wa_business_profile, optout_day, optout_event, scorecard, portfolio, email_delivery, run_request, int_channel_message, batch_job_execution_context, batch_step_execution_context, batch_step_execution,
						         batch_job_execution_params, batch_job_execution, batch_job_instance RESTART IDENTITY CASCADE""");
	}

}
