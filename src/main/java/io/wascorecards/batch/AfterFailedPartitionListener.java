package io.wascorecards.batch;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Before each partition: once another partition of the same step and run has failed, the
 * partitions not started yet are stopped before they start (status {@code STOPPED}), left
 * for the run's restart, instead of working on while the step is bound to fail (a lost
 * database, a full disk). The ones already running finish. It asks the job repository,
 * not the threads, so it holds wherever the partitions run.
 */
final class AfterFailedPartitionListener implements StepExecutionListener {

	private final NamedParameterJdbcTemplate jdbc;

	/** The partitions this listener stopped, until they end. */
	private final Set<Long> stopped = ConcurrentHashMap.newKeySet();

	AfterFailedPartitionListener(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void beforeStep(StepExecution partition) {
		String name = partition.getStepName();
		// partitions are named <worker>:<partition>
		String worker = name.substring(0, name.indexOf(':') + 1);
		Boolean failed = this.jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM batch_step_execution
				               WHERE job_execution_id = :jobExecutionId AND left(step_name, :length) = :worker
				                 AND status IN ('FAILED', 'UNKNOWN'))""",
				Map.of("jobExecutionId", partition.getJobExecutionId(), "length", worker.length(), "worker", worker),
				Boolean.class);
		if (Boolean.TRUE.equals(failed)) {
			// the step stops before its first transaction
			partition.setTerminateOnly();
			this.stopped.add(partition.getId());
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution partition) {
		if (this.stopped.remove(partition.getId())) {
			return ExitStatus.STOPPED.addExitDescription("Not started: another partition of the step failed");
		}
		return partition.getExitStatus();
	}

}
