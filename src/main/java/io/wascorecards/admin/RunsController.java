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
import jakarta.validation.Valid;

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
 * order) and follow them. The request's values are checked by their constraints (a
 * refusal is a problem naming the field), the dates as for the command line.
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
	Map<String, List<Map<String, Object>>> start(@Valid @RequestBody RunsRequest body, Principal user) {
		LocalDate first = body.first();
		LocalDate last = body.last();
		this.dates.check(first, last);
		checkKnown(body.connections());
		// all the dates or none: a client that tries again after an error never gets
		// twice the runs
		List<Map<String, Object>> runs = this.transaction.execute((status) -> {
			List<Map<String, Object>> queued = new ArrayList<>();
			for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
				long id = this.requests.queue(date, body.connections(), body.email(), body.resend(),
						RunRequests.api(user.getName()));
				queued.add(Map.of("id", id, "date", date));
			}
			return queued;
		});
		this.queue.wakeUp();
		return Map.of("runs", runs);
	}

	@GetMapping
	Map<String, List<RunView>> list(@RequestParam(required = false) @IsoDate String from,
			@RequestParam(required = false) @IsoDate String to) {
		LocalDate first = (from != null) ? LocalDate.parse(from) : LocalDate.of(1, 1, 1);
		LocalDate last = (to != null) ? LocalDate.parse(to) : LocalDate.of(9999, 12, 31);
		if (last.isBefore(first)) {
			throw new InvalidRequestException("to", "'to' (" + last + ") is before 'from' (" + first + ")");
		}
		return Map.of("runs", this.requests.between(first, last, LISTED).stream().map(this::view).toList());
	}

	@GetMapping("/{id}")
	RunView get(@PathVariable long id) {
		RunRequests.Request request = this.requests.find(id);
		if (request == null) {
			throw new ApiExceptionHandler.NotFoundException("No run " + id);
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
