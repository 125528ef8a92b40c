package io.wascorecards.scoring;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wascorecards.kpi.DailyKpiColumns;

/**
 * Builds summed windows for tests from a compact text: {@code "interactions=40
 * interactions_answered=28 rating=GREEN"}; columns left out sum to 0, the rating is
 * {@code UNKNOWN} unless given, {@code profile_completeness} missing unless given.
 */
final class Windows {

	private Windows() {
	}

	static KpiSums sums(String text) {
		return sums(7, text);
	}

	static KpiSums sums(int days, String text) {
		Map<String, Long> sums = new HashMap<>();
		String rating = "UNKNOWN";
		for (String pair : text.trim().split("\\s+")) {
			if (pair.isEmpty()) {
				continue;
			}
			String[] nameAndValue = pair.split("=");
			if (nameAndValue[0].equals("rating")) {
				rating = nameAndValue[1];
			}
			else if (!DailyKpiColumns.NAMES.contains(nameAndValue[0])) {
				throw new IllegalArgumentException("No daily KPI named " + nameAndValue[0]);
			}
			else {
				sums.put(nameAndValue[0], Long.parseLong(nameAndValue[1]));
			}
		}
		// the record's components after days and the rating are the summed columns
		RecordComponent[] components = KpiSums.class.getRecordComponents();
		Object[] arguments = new Object[components.length];
		arguments[0] = days;
		arguments[1] = rating;
		for (int i = 2; i < components.length; i++) {
			String column = components[i].getName().replaceAll("([a-z])([A-Z0-9])", "$1_$2").toLowerCase();
			// a boxed component is a day's value that may be missing: null unless given
			Long missing = (components[i].getType() == Long.class) ? null : 0L;
			arguments[i] = sums.getOrDefault(column, missing);
			sums.remove(column);
		}
		if (!sums.isEmpty()) {
			throw new IllegalArgumentException("Not summed for a scorecard: " + sums.keySet());
		}
		try {
			return (KpiSums) KpiSums.class.getDeclaredConstructors()[0].newInstance(arguments);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The same sums as the day, the trailing window and the sanction look-back; nothing
	 * in the previous window.
	 * @param text the sums
	 * @return the input
	 */
	static ScoringInput input(String text) {
		return new ScoringInput(sums(1, text), sums(text), sums(""), sums(30, text), List.of());
	}

	static ScoringInput input(String day, String current, String previous, String sanctions) {
		return new ScoringInput(sums(1, day), sums(current), sums(previous), sums(30, sanctions), List.of());
	}

	/**
	 * A value as SPEC §5 writes it in the scorecard CSV.
	 * @param value the value, {@code null} without data
	 * @return e.g. {@code 0.9000}, {@code YELLOW}; empty without data
	 */
	static String written(KpiValue value) {
		return (value != null) ? value.toString() : "";
	}

}
