package io.wascorecards.kpi;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The default word lists of the KPIs ({@link KpiProperties}), kept as configuration in
 * {@code kpi-lexicons.properties}: below every other source, so that any setting replaces
 * them.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:kpi-lexicons.properties", encoding = "UTF-8")
class KpiLexicons {

}
