package io.wascorecards;

import java.util.List;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads a CSV export back with a reader of its own (RFC 4180), as the people who receive
 * the file would.
 */
public final class CsvRecords {

	private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

	private CsvRecords() {
	}

	/**
	 * Every record, the header first.
	 * @param csv the CSV
	 * @return the records' fields, an empty string for an empty field
	 */
	public static List<List<String>> parse(String csv) {
		try (MappingIterator<List<String>> records = CSV.readerForListOf(String.class).readValues(csv)) {
			return records.readAll();
		}
	}

}
