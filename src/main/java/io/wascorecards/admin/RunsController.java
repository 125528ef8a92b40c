package io.wascorecards.admin;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wascorecards.job.RunDates;
import io.wascorecards.job.RunRequests;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
 * order) and follow them.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("/api/runs")
class RunsController {

	/** How many runs a listing shows at most, newest first. */
	private static final int LISTED = 500;

	private final RunRequests requests;

	private final RunQueue queue;

	private final TransactionTemplate transaction;

	private final JobRepository jobRepository;

	private final NamedParameterJdbcTemplate jdbc;

	private final RunDates dates;

	RunsController(RunRequests requests, RunQueue queue, JobRepository jobRepository, NamedParameterJdbcTemplate jdbc,
			RunDates dates, PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
		this.requests = requests;
		this.queue = queue;
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.dates = dates;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, List<Map<String, Object>>> start(@RequestBody RunsRequest body, Principal user) {
		RunsRequest.Checked request = body.check(this.dates);
		checkKnown(request.connections());
		// all the dates or none: a client that tries again after an error never gets
		// twice the runs
		List<Map<String, Object>> runs = this.transaction.execute((status) -> {
			List<Map<String, Object>> queued = new ArrayList<>();
			for (LocalDate date = request.from(); !date.isAfter(request.to()); date = date.plusDays(1)) {
				long id = this.requests.queue(date, request.connections(), request.email(), request.resend(),
						RunRequests.api(user.getName()));
				queued.add(Map.of("id", id, "date", date));
			}
			return queued;
		});
		this.queue.wakeUp();
		return Map.of("runs", runs);
	}

	@GetMapping
	Map<String, List<RunView>> list(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		LocalDate last = (to != null) ? Dates.parse("to", to) : LocalDate.of(9999, 12, 31);
		LocalDate first = (from != null) ? Dates.parse("from", from) : LocalDate.of(1, 1, 1);
		Dates.inOrder(first, last);
		return Map.of("runs", this.requests.between(first, last, LISTED).stream().map(this::view).toList());
	}

	@GetMapping("/{id}")
	RunView get(@PathVariable String id) {
		long number;
		try {
			number = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException("id", "'" + id + "' is not a run id");
		}
		RunRequests.Request request = this.requests.find(number);
		if (request == null) {
			throw new ApiExceptionHandler.NotFoundException("No run " + number);
		}
		return view(request);
	}

	private RunView view(RunRequests.Request request) {
		return RunView.of(request, (request.jobExecutionId() != null)
				? this.jobRepository.getJobExecution(request.jobExecutionId()) : null);
	}

	private void checkKnown(List<String> connections) {
		if (connections.isEmpty()) {
			return;
		}
		// one array parameter, however many ids
		Set<String> unknown = new LinkedHashSet<>(connections);
		unknown.removeAll(this.jdbc.queryForList(
				"SELECT phone_number_id FROM wa_connection WHERE phone_number_id = ANY(CAST(:ids AS text[]))",
				Map.of("ids", connections.toArray(String[]::new)), String.class));
		if (!unknown.isEmpty()) {
			throw new InvalidRequestException("connections", "unknown phone_number_id: " + Excerpts.of(unknown));
		}
	}

}
