package io.wascorecards.scoring;

/**
 * The sanction events of a window: against the whole account, and against its templates.
 *
 * @param account {@code account_sanctions}
 * @param templates {@code template_disables + template_pauses + template_rejections +
 * template_quality_red}
 */
record SanctionCounts(long account, long templates) {

	static SanctionCounts of(KpiSums window) {
		return new SanctionCounts(window.get("account_sanctions"),
				window.get("template_disables") + window.get("template_pauses") + window.get("template_rejections")
						+ window.get("template_quality_red"));
	}

	long total() {
		return this.account + this.templates;
	}

}
