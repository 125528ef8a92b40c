package io.wascorecards.scoring;

import java.math.BigDecimal;

/**
 * A sharp change of one KPI on day D against the brand's own usual days (SPEC §5b).
 *
 * @param kpi the KPI
 * @param value D's daily value, rounded as the KPI's values are
 * @param median the median of the baseline's daily values, rounded the same way
 * @param z the robust z-score, to 2 decimals
 */
public record Alert(Kpi kpi, BigDecimal value, BigDecimal median, BigDecimal z) {

}
