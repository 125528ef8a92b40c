package io.wascorecards.admin;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.wascorecards.job.KnownConnections;
import io.wascorecards.job.RunDates;
import io.wascorecards.job.RunOutcome;
import io.wascorecards.job.RunRequest;
import io.wascorecards.job.RunRequests;
import jakarta.validation.Valid;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/runs}: start runs of a range of dates (they run in the background, in date
 * order) and follow them. The request's values are checked by their constraints (a
 * refusal is a problem naming the field), the dates as for the command line.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("/api/runs")
@Tag(name = "runs", description = "Runs started and followed")
@SecurityRequirement(name = ApiDescriptionConfiguration.BASIC)
@ApiResponse(responseCode = "401", ref = ApiDescriptionConfiguration.UNAUTHORIZED)
class RunsController {

	/** How many runs a listing shows at most, newest first. */
	private static final int LISTED = 500;

	private final RunRequests requests;

	private final RunQueue queue;

	private final TransactionTemplate transaction;

	private final KnownConnections connections;

	private final RunDates dates;

	RunsController(RunRequests requests, RunQueue queue, KnownConnections connections, RunDates dates,
			PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
		this.requests = requests;
		this.queue = queue;
		this.connections = connections;
		this.dates = dates;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(operationId = "startRuns", summary = "Start runs of a range of dates (ADMIN)",
			description = "Each date is a new run, as the command line's rerun; they wait their turn and run in the"
					+ " background, in date order. The dates are checked as for the command line: not after today,"
					+ " not before scorecards.earliest-date, at most scorecards.max-range-days (default 31) of them.")
	@ApiResponse(responseCode = "202", description = "The runs asked, one per date in date order: all or none")
	@ApiResponse(responseCode = "400", ref = ApiDescriptionConfiguration.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ApiDescriptionConfiguration.FORBIDDEN)
	@ApiResponse(responseCode = "413", ref = ApiDescriptionConfiguration.TOO_LARGE)
	AskedRuns start(@Valid @RequestBody RunsRequest body, Principal user) {
		LocalDate first = body.first();
		LocalDate last = body.last();
		this.dates.check(first, last);
		checkKnown(body.connections());
		// all the dates or none: a client that tries again after an error never gets
		// twice the runs
		List<AskedRun> runs = this.transaction.execute((status) -> {
			List<AskedRun> queued = new ArrayList<>();
			for (RunRequest date : RunRequest.rerun(first, last, body.connections(), null, body.email(), body.resend())
				.dates()) {
				queued.add(new AskedRun(this.requests.queue(date, RunRequests.api(user.getName())).id(), date.from()));
			}
			return queued;
		});
		this.queue.wakeUp();
		return new AskedRuns(runs);
	}

	@GetMapping
	@Operation(operationId = "listRuns", summary = "List the runs of a range of dates",
			description = "The runs asked of the jar (command line, scheduler, API), newest first, at most " + LISTED
					+ ".")
	@ApiResponse(responseCode = "200", description = "The runs")
	@ApiResponse(responseCode = "400", ref = ApiDescriptionConfiguration.BAD_REQUEST)
	RunList list(@Parameter(description = "The first business date (absent: no lower bound)",
			schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) @IsoDate String from,
			@Parameter(description = "The last business date (absent: no upper bound)",
					schema = @Schema(type = "string", format = "date")) @RequestParam(
							required = false) @IsoDate String to) {
		LocalDate first = (from != null) ? LocalDate.parse(from) : LocalDate.of(1, 1, 1);
		LocalDate last = (to != null) ? LocalDate.parse(to) : LocalDate.of(9999, 12, 31);
		if (last.isBefore(first)) {
			throw new InvalidRequestException("to", "'to' (" + last + ") is before 'from' (" + first + ")");
		}
		return new RunList(this.requests.between(first, last, LISTED).stream().map(RunView::of).toList());
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getRun", summary = "Follow a run",
			description = "Its status (Spring Batch's BatchStatus name; STARTING while it"
					+ " waits its turn, ABANDONED when it was refused) and each step's progress.")
	@ApiResponse(responseCode = "200", description = "The run")
	@ApiResponse(responseCode = "400", ref = ApiDescriptionConfiguration.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ApiDescriptionConfiguration.NOT_FOUND)
	RunView get(@Parameter(description = "The run's id") @PathVariable long id) {
		RunOutcome run = this.requests.find(id);
		if (run == null) {
			throw new ApiExceptionHandler.NotFoundException("No run " + id);
		}
		return RunView.of(run);
	}

	private void checkKnown(List<String> connections) {
		Set<String> unknown = this.connections.unknown(connections);
		if (!unknown.isEmpty()) {
			throw new InvalidRequestException("connections", "unknown phone_number_id: " + Excerpts.of(unknown));
		}
	}

	/**
	 * The answer of {@code POST /api/runs}.
	 *
	 * @param runs the runs asked, one per date in date order
	 */
	record AskedRuns(List<AskedRun> runs) {
	}

	/**
	 * A run asked.
	 *
	 * @param id its id, to follow it at {@code /api/runs/{id}}
	 * @param date its business date
	 */
	record AskedRun(long id, LocalDate date) {
	}

	/**
	 * The answer of {@code GET /api/runs}.
	 *
	 * @param runs the runs, newest first
	 */
	record RunList(List<RunView> runs) {
	}

}
