package io.wascorecards.kpi;

import java.util.List;

/**
 * The daily KPIs of SPEC §4 and §4b in the order of the {@code export-kpis} CSV, which
 * SPEC §6 fixes; each is a column of {@code daily_kpi}. What tests check the export's
 * header against and build daily rows from.
 */
public final class DailyKpiColumns {

	public static final List<String> NAMES = List.of("interactions", "interactions_answered", "interactions_pending",
			"answered_within_1m", "answered_within_5m", "answered_within_15m", "answered_within_1h",
			"answered_within_4h", "first_response_p50_s", "first_response_p90_s", "interactions_with_agent",
			"bi_messages", "bi_touches", "bi_touches_replied", "bi_touches_pending", "brand_identified_touches",
			"outbound_messages", "outbound_failed", "outbound_delivered", "outbound_read", "outbound_with_body",
			"external_link_messages", "foreign_whatsapp_refs", "human_requests", "human_requests_fulfilled",
			"time_to_human_p50_s", "optout_signals", "ecosystem_limit_errors", "spam_limit_errors", "account_sanctions",
			"template_pauses", "template_disables", "template_rejections", "template_quality_red",
			"quality_flag_events", "latest_quality_rating", "purpose_terms", "purpose_matched_touches",
			"inbound_customers", "customer_complaints", "optout_requests", "marketing_after_optout",
			"template_recategorisations", "profile_completeness");

	private DailyKpiColumns() {
	}

}
