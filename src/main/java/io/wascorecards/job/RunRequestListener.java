package io.wascorecards.job;

import io.wascorecards.batch.JobParameterNames;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * When a run starts: links the run asked ({@code run_request}) to its job execution, so
 * that its progress can be followed. The request is the run's own parameter
 * ({@link JobParameterNames#REQUEST}), so the link holds on whatever thread the job runs;
 * a resumed run carries the request that resumed it.
 */
final class RunRequestListener implements JobExecutionListener {

	private final RunRequests requests;

	RunRequestListener(RunRequests requests) {
		this.requests = requests;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		Long request = execution.getJobParameters().getLong(JobParameterNames.REQUEST);
		if (request != null) {
			this.requests.started(request, execution);
		}
	}

}
