package io.wascorecards.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.Trigger;

import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Quartz schedulers on the test database, each one node of a cluster as a {@code serve}
 * process would run it: the application's Quartz settings (JDBC job store on the
 * DataSource, clustered, instance id AUTO) but a scheduler name of the test's own, so
 * that they never fire the trigger the application context stored. Closing shuts them
 * down and deletes what they stored.
 */
final class TestSchedulers implements AutoCloseable {

	private static final String[] TABLES = { "qrtz_fired_triggers", "qrtz_simple_triggers", "qrtz_cron_triggers",
			"qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_triggers", "qrtz_job_details", "qrtz_calendars",
			"qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_locks" };

	private final DataSource dataSource;

	private final QuartzProperties quartz;

	private final JdbcTemplate jdbc;

	private final String name;

	private final List<SchedulerFactoryBean> nodes = new ArrayList<>();

	TestSchedulers(DataSource dataSource, QuartzProperties quartz, JdbcTemplate jdbc, String name) {
		this.dataSource = dataSource;
		this.quartz = quartz;
		this.jdbc = jdbc;
		this.name = name;
		clear();
	}

	/**
	 * A new node, not started, that registers a job and its trigger as Spring Boot does:
	 * unless the job store holds them already.
	 * @param nodeName the node's bean and thread name
	 * @param job the job
	 * @param trigger its trigger
	 * @return the node's scheduler
	 * @throws Exception if it cannot be created
	 */
	Scheduler node(String nodeName, JobDetail job, Trigger trigger) throws Exception {
		SchedulerFactoryBean factory = new SchedulerFactoryBean();
		factory.setBeanName(nodeName);
		factory.setSchedulerName(this.name);
		Properties properties = new Properties();
		properties.putAll(this.quartz.getProperties());
		properties.put("org.quartz.threadPool.threadNamePrefix", nodeName);
		factory.setQuartzProperties(properties);
		factory.setDataSource(this.dataSource);
		factory.setTransactionManager(new DataSourceTransactionManager(this.dataSource));
		factory.setOverwriteExistingJobs(this.quartz.isOverwriteExistingJobs());
		factory.setAutoStartup(false);
		factory.setJobDetails(job);
		factory.setTriggers(trigger);
		this.nodes.add(factory);
		factory.afterPropertiesSet();
		return factory.getScheduler();
	}

	int count(String table) {
		return this.jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE sched_name = ?", Integer.class,
				this.name);
	}

	@Override
	public void close() throws Exception {
		for (SchedulerFactoryBean node : this.nodes) {
			node.destroy();
		}
		clear();
	}

	private void clear() {
		for (String table : TABLES) {
			this.jdbc.update("DELETE FROM " + table + " WHERE sched_name = ?", this.name);
		}
	}

	/**
	 * Waits until a condition holds.
	 * @param what what is awaited, for the failure message
	 * @param timeout how long at most
	 * @param condition the condition
	 * @throws Exception if the condition fails, or does not hold in time
	 */
	static void await(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.call()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
			}
			Thread.sleep(100);
		}
	}

}
