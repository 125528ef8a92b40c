package io.wascorecards.scoring;

/**
 * The sanction events of a window: against the whole account, and against its templates.
 *
 * @param account {@code account_sanctions}
 * @param templates {@code template_disables + template_pauses + template_rejections +
 * template_quality_red + template_recategorisations}
 */
record SanctionCounts(long account, long templates) {

	static SanctionCounts of(KpiSums window) {
		return new SanctionCounts(window.accountSanctions(), window.templateDisables() + window.templatePauses()
				+ window.templateRejections() + window.templateQualityRed() + window.templateRecategorisations());
	}

	long total() {
		return this.account + this.templates;
	}

}
