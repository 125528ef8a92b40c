package io.wascorecards.webhook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a run's webhook read into its time slices: those of the business date's range
 * and those of the days the run computes again ({@code kpiBackfill}), each slice once, in
 * time order. Each partition holds its slice and whether to read it again, so that it
 * runs anywhere the database is.
 * <p>
 * The ranges of two dates share the slices of their overlap (they are cut on one grid),
 * so the days computed again add only their own slices, which were read on the night they
 * were scored. Only the slices a read would change are listed
 * ({@link WebhookReader#toRead}): a slice unchanged since its last read, or one that
 * holds no row where no read found rows, costs a count of its rows when the run starts. A
 * slice is named after its range, so that a restart reads only the slices not read yet;
 * the slices a rerun reads again are named after its execution too, so that the restart
 * of a rerun reads its whole date again, the fixes made since included.
 */
class WebhookSlicePartitioner implements Partitioner {

	/** The slice's start (an ISO instant). */
	static final String FROM = "from";

	/** The slice's end, exclusive (an ISO instant). */
	static final String TO = "to";

	/** Whether the slice is read again (a {@code Boolean}). */
	static final String REREAD = "reread";

	private static final Comparator<WebhookReader.Window> IN_TIME_ORDER = Comparator
		.comparing(WebhookReader.Window::from)
		.thenComparing(WebhookReader.Window::to);

	private final WebhookReader reader;

	private final LocalDate businessDate;

	private final List<LocalDate> otherDates;

	private final boolean reread;

	private final long jobExecutionId;

	/**
	 * Creates the partitioner.
	 * @param reader the reader, for the ranges of the dates
	 * @param businessDate the date of the run, read again when {@code reread}
	 * @param otherDates the dates the run computes again, whose new rows are read
	 * @param reread whether the run reads its date's rows again (a rerun)
	 * @param jobExecutionId the run's execution
	 */
	WebhookSlicePartitioner(WebhookReader reader, LocalDate businessDate, List<LocalDate> otherDates, boolean reread,
			long jobExecutionId) {
		this.reader = reader;
		this.businessDate = businessDate;
		this.otherDates = otherDates;
		this.reread = reread;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<WebhookReader.Window, Boolean> slices = new TreeMap<>(IN_TIME_ORDER);
		for (LocalDate date : this.otherDates) {
			this.reader.slices(date, gridSize).forEach((slice) -> slices.put(slice, false));
		}
		// a slice of the date that another date shares is read again too
		this.reader.slices(this.businessDate, gridSize).forEach((slice) -> slices.put(slice, this.reread));
		Set<WebhookReader.Window> toRead = new HashSet<>(this.reader.toRead(slices.keySet()));
		slices.entrySet().removeIf((slice) -> !slice.getValue() && !toRead.contains(slice.getKey()));
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		slices.forEach((slice, again) -> {
			ExecutionContext context = new ExecutionContext();
			context.putString(FROM, slice.from().toString());
			context.putString(TO, slice.to().toString());
			context.put(REREAD, again);
			partitions.put(name(slice, again), context);
		});
		return partitions;
	}

	private String name(WebhookReader.Window slice, boolean again) {
		String range = slice.from() + ".." + slice.to();
		return again ? "reread-" + this.jobExecutionId + ":" + range : range;
	}

	/**
	 * The slice a partition reads.
	 * @param context the partition's context
	 * @return its slice
	 */
	static WebhookReader.Window slice(ExecutionContext context) {
		return new WebhookReader.Window(Instant.parse(context.getString(FROM)), Instant.parse(context.getString(TO)));
	}

}
