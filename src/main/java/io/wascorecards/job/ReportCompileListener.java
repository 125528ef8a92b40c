package io.wascorecards.job;

import io.wascorecards.report.ReportRenderer;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * When a run starts: compiles the report templates in the background, so that they are
 * ready when the rendering steps come.
 */
final class ReportCompileListener implements JobExecutionListener {

	private final ReportRenderer renderer;

	ReportCompileListener(ReportRenderer renderer) {
		this.renderer = renderer;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		this.renderer.compileInBackground();
	}

}
