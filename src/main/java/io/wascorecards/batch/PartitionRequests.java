package io.wascorecards.batch;

import javax.sql.DataSource;

import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.messaging.MessageChannel;

/**
 * Where the runs leave the partitions for their workers: one queue for every step, in
 * Spring Integration's JDBC channel message store on the job's own PostgreSQL
 * ({@code int_channel_message}, migration V19), taken in the order the runs left them.
 */
final class PartitionRequests {

	/** The store's region and the queue's group: every worker takes every step. */
	static final String REGION = "wa-scorecards";

	static final String QUEUE = "partitions";

	private PartitionRequests() {
	}

	/**
	 * The store of the queue on a database.
	 * @param dataSource the job's database; a worker takes a partition in a transaction
	 * of this data source's
	 * @return the store
	 */
	static JdbcChannelMessageStore store(DataSource dataSource) {
		JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
		store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
		store.setRegion(REGION);
		store.addAllowedPatterns(StepExecutionRequest.class.getName(), "org.springframework.messaging.*",
				"org.springframework.integration.*", "java.util.*", "java.lang.*");
		store.afterPropertiesSet();
		return store;
	}

	/**
	 * What a run sends its requests with: each is a row of the queue, committed at once.
	 * @param dataSource the job's database
	 * @return the template
	 */
	static MessagingTemplate sender(DataSource dataSource) {
		JdbcChannelMessageStore store = store(dataSource);
		MessageChannel queue = (message, timeout) -> {
			store.addMessageToGroup(QUEUE, message);
			return true;
		};
		return new MessagingTemplate(queue);
	}

}
