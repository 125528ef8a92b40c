package io.wascorecards.db;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs pieces of work on a few threads, each piece in a transaction of its own, so that
 * what is done is committed piece by piece and a restart does only the rest. After a
 * piece fails (or the caller is interrupted) the pieces not started yet are skipped, and
 * the running ones end (commit or roll back) before the failure is thrown: no transaction
 * is left behind.
 */
public final class ParallelTransactions {

	private final TransactionTemplate ownTransaction;

	private final int threads;

	/**
	 * Creates the runner.
	 * @param transactionManager the transactions
	 * @param threads how many pieces run at once
	 */
	public ParallelTransactions(PlatformTransactionManager transactionManager, int threads) {
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.threads = threads;
	}

	/**
	 * Runs the pieces, in their order, {@code threads} at a time.
	 * @param <T> what a piece returns
	 * @param what what the pieces do, for the failure when interrupted
	 * @param pieces the pieces
	 * @return what each piece returned, in their order
	 * @throws RuntimeException the first failure, the others suppressed in it
	 */
	public <T> List<T> run(String what, List<Supplier<T>> pieces) {
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService executor = Executors.newFixedThreadPool(Math.min(this.threads, Math.max(pieces.size(), 1)));
		List<Future<T>> futures = new ArrayList<>();
		for (Supplier<T> piece : pieces) {
			futures.add(executor.submit(() -> {
				if (stop.get()) {
					return null;
				}
				try {
					return this.ownTransaction.execute((status) -> piece.get());
				}
				catch (RuntimeException | Error ex) {
					stop.set(true);
					throw ex;
				}
			}));
		}
		executor.shutdown();
		boolean interrupted = awaitTermination(executor, stop);
		RuntimeException failure = interrupted ? new IllegalStateException("Interrupted while " + what) : null;
		List<T> results = new ArrayList<>();
		for (Future<T> future : futures) {
			try {
				results.add(future.get());
			}
			catch (ExecutionException | InterruptedException ex) {
				RuntimeException cause = (ex.getCause() instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException(ex);
				if (failure == null) {
					failure = cause;
				}
				else {
					failure.addSuppressed(cause);
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		if (failure != null) {
			throw failure;
		}
		return results;
	}

	/**
	 * Waits until every piece has ended, even when interrupted.
	 * @return whether the wait was interrupted
	 */
	private static boolean awaitTermination(ExecutorService executor, AtomicBoolean stop) {
		boolean interrupted = false;
		while (!executor.isTerminated()) {
			try {
				executor.awaitTermination(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				interrupted = true;
				stop.set(true);
			}
		}
		return interrupted;
	}

}
