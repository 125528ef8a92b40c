package io.wascorecards.batch;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.jdbc.PgConnection;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The {@code worker} command: takes the partitions that runs started elsewhere left in
 * the queue ({@link PartitionRequests}), up to {@code scorecards.threads} at once, until
 * the process is stopped. It is woken by PostgreSQL's LISTEN/NOTIFY (Spring Integration's
 * {@link PostgresSubscribableChannel}) and looks again every
 * {@code scorecards.remote.look-again}.
 * <p>
 * A partition is taken in a transaction of its own connection that lasts until the
 * partition has ended: a worker that dies (kill -9, a lost network) leaves its partition
 * in the queue again when PostgreSQL rolls that transaction back, and the next worker to
 * look runs it again. Stopped gracefully, a worker takes no new partition and ends those
 * it has.
 */
public final class PartitionWorker implements DisposableBean {

	private static final Log logger = LogFactory.getLog(PartitionWorker.class);

	private final HikariDataSource jobDatabase;

	private final JobRepository jobRepository;

	private final Steps steps;

	private final BeanFactory beanFactory;

	private final RemoteWorkerProperties settings;

	private final int threads;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private HikariDataSource takeConnections;

	private PostgresChannelMessageTableSubscriber subscriber;

	private PostgresSubscribableChannel queue;

	private PartitionRequestHandler handler;

	private ScheduledExecutorService lookAgain;

	PartitionWorker(DataSource jobDatabase, JobRepository jobRepository, Steps steps, BeanFactory beanFactory,
			RemoteWorkerProperties settings, int threads) {
		if (!(jobDatabase instanceof HikariDataSource hikari)) {
			throw new IllegalStateException("a worker needs the job's database as a connection pool");
		}
		this.jobDatabase = hikari;
		this.jobRepository = jobRepository;
		this.steps = steps;
		this.beanFactory = beanFactory;
		this.settings = settings;
		this.threads = threads;
	}

	/** This worker's name in the job repository. */
	public String name() {
		return this.settings.workerName();
	}

	/**
	 * Takes partitions until the process is stopped.
	 */
	public void takePartitionsUntilStopped() throws InterruptedException, SQLException {
		start();
		logger.info("Worker " + name() + " takes partitions, " + this.threads + " at once");
		this.stopped.await();
	}

	private synchronized void start() throws SQLException {
		// fails at once, with the database's own reason, where the subscriber would retry
		connect().close();
		// a pool of its own: the partition's own work must not join the transaction
		// that holds the partition taken
		this.takeConnections = new HikariDataSource();
		this.takeConnections.setPoolName("partition-requests");
		this.takeConnections.setJdbcUrl(this.jobDatabase.getJdbcUrl());
		this.takeConnections.setUsername(this.jobDatabase.getUsername());
		this.takeConnections.setPassword(this.jobDatabase.getPassword());
		this.takeConnections.setDataSourceProperties(this.jobDatabase.getDataSourceProperties());
		this.takeConnections.setMaximumPoolSize(this.threads + 1);
		this.subscriber = new PostgresChannelMessageTableSubscriber(this::listeningConnection);
		this.queue = new PostgresSubscribableChannel(PartitionRequests.store(this.takeConnections),
				PartitionRequests.QUEUE, this.subscriber);
		this.queue.setTransactionManager(new DataSourceTransactionManager(this.takeConnections));
		this.queue.setDispatcherExecutor(Steps.executor("partition-", this.threads));
		// a partition that failed has failed in the job repository: the run decides
		this.queue.setRetryTemplate(new RetryTemplate(RetryPolicy.builder().maxRetries(0).build()));
		this.queue.setErrorHandler(this::couldNotTake);
		this.queue.setBeanName("partitionRequests");
		this.queue.setBeanFactory(this.beanFactory);
		this.queue.afterPropertiesSet();
		this.handler = new PartitionRequestHandler(this.jobRepository, this.steps.locator());
		this.subscriber.start();
		this.queue.subscribe(this.handler);
		this.lookAgain = Executors.newSingleThreadScheduledExecutor((task) -> new Thread(task, "look-again"));
		long every = this.settings.lookAgain().toMillis();
		this.lookAgain.scheduleWithFixedDelay(this.queue::notifyUpdate, every, every, TimeUnit.MILLISECONDS);
	}

	/**
	 * The channel asks again at once after an error: waits first, so that a lost database
	 * is not asked in a loop.
	 */
	private void couldNotTake(Throwable ex) {
		logger.warn("Could not take a partition (it stays in the queue), trying again in "
				+ this.settings.lookAgain().toMillis() + " ms: " + ex.getMessage(), ex);
		try {
			Thread.sleep(this.settings.lookAgain().toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The connection the subscriber LISTENs on. The subscriber asks for another at once
	 * when one fails: a database that cannot be reached is asked again only after a
	 * pause.
	 */
	private PgConnection listeningConnection() throws SQLException {
		try {
			return connect();
		}
		catch (SQLException ex) {
			couldNotTake(ex);
			throw ex;
		}
	}

	private PgConnection connect() throws SQLException {
		Properties properties = new Properties();
		properties.putAll(this.jobDatabase.getDataSourceProperties());
		if (this.jobDatabase.getUsername() != null) {
			properties.setProperty("user", this.jobDatabase.getUsername());
		}
		if (this.jobDatabase.getPassword() != null) {
			properties.setProperty("password", this.jobDatabase.getPassword());
		}
		return (PgConnection) DriverManager.getConnection(this.jobDatabase.getJdbcUrl(), properties)
			.unwrap(PGConnection.class);
	}

	@Override
	public synchronized void destroy() throws InterruptedException {
		if (this.queue != null) {
			this.lookAgain.shutdownNow();
			// waits for the partitions under way
			this.queue.unsubscribe(this.handler);
			this.subscriber.stop();
			this.lookAgain.awaitTermination(5, TimeUnit.SECONDS);
			this.takeConnections.close();
			logger.info("Worker " + name() + " stopped");
		}
		this.stopped.countDown();
	}

}
