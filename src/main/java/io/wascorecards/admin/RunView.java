package io.wascorecards.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.wascorecards.job.RunOutcome;
import io.wascorecards.job.RunRequest;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * A run as the API shows it: the request, the status of its job execution (Spring Batch's
 * {@code BatchStatus} name; {@code STARTING} while queued, {@code ABANDONED} when
 * refused) and each step's progress.
 *
 * @param id the run's id
 * @param date the business date
 * @param status the status
 * @param requestedBy who asked
 * @param requestedAt when
 * @param connections the phone_number_ids it is limited to, empty for all
 * @param email whether it e-mails
 * @param resend whether it e-mails managers already sent
 * @param executionId the job execution, {@code null} before it starts
 * @param startTime when it started
 * @param endTime when it ended
 * @param refusal why it did not start, or {@code null}
 * @param steps the steps so far, in order
 */
record RunView(long id, LocalDate date, String status, String requestedBy, Instant requestedAt,
		List<String> connections, boolean email, boolean resend, Long executionId, Instant startTime, Instant endTime,
		String refusal, List<StepView> steps) {

	static RunView of(RunOutcome run) {
		RunRequest request = run.request();
		JobExecution execution = run.execution();
		// a date already scored is a refusal too: its run is not this request's
		if (execution == null || run.refusal() != null) {
			String status = ((run.refusal() != null) ? BatchStatus.ABANDONED : BatchStatus.STARTING).name();
			return new RunView(run.id(), run.businessDate(), status, run.requestedBy(), run.requestedAt(),
					request.connections(), request.email(), request.resend(), null, null, null, run.refusal(),
					List.of());
		}
		return new RunView(run.id(), run.businessDate(), execution.getStatus().name(), run.requestedBy(),
				run.requestedAt(), request.connections(), request.email(), request.resend(), execution.getId(),
				instant(execution.getStartTime()), instant(execution.getEndTime()), run.refusal(),
				StepView.of(execution));
	}

	private static Instant instant(LocalDateTime time) {
		// Spring Batch stores local times of the machine that ran the job
		return (time != null) ? time.atZone(ZoneId.systemDefault()).toInstant() : null;
	}

	/**
	 * One step of a run.
	 *
	 * @param name the step
	 * @param status its status
	 * @param written rows (or files, e-mails) written
	 * @param setAside rows set aside (for {@code emails}: e-mails that failed)
	 * @param partitionsDone partitions completed (connection ranges, webhook slices), for
	 * a partitioned step
	 * @param partitions partitions started, for a partitioned step
	 * @param startTime when it started
	 * @param endTime when it ended
	 */
	record StepView(String name, String status, long written, long setAside, Integer partitionsDone, Integer partitions,
			Instant startTime, Instant endTime) {

		static List<StepView> of(JobExecution execution) {
			List<StepExecution> all = new ArrayList<>(execution.getStepExecutions());
			all.sort(Comparator.comparing(StepExecution::getId));
			List<StepView> steps = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				StepExecution step = all.get(i);
				if (step.getStepName().contains(":")) {
					continue;
				}
				// partitions are named <worker>:<partition>, e.g.
				// dailyKpi:connections-1-63;
				// a partitioned step makes its own after it starts, and the next step
				// starts
				// after they end
				List<StepExecution> partitions = new ArrayList<>();
				for (int j = i + 1; j < all.size() && all.get(j).getStepName().contains(":"); j++) {
					partitions.add(all.get(j));
				}
				Integer done = partitions.isEmpty() ? null
						: (int) partitions.stream()
							.filter((partition) -> partition.getStatus() == BatchStatus.COMPLETED)
							.count();
				steps.add(new StepView(step.getStepName(), step.getStatus().name(), step.getWriteCount(),
						step.getFilterCount(), done, partitions.isEmpty() ? null : partitions.size(),
						instant(step.getStartTime()), instant(step.getEndTime())));
			}
			return steps;
		}

	}

}
