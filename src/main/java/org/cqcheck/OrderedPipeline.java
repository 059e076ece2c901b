package org.cqcheck;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs {@code work} on each item across worker threads and hands the outcomes to {@code deliver}
 * on the calling thread, in the order of the items. Only a bounded window of items is in flight,
 * so memory does not grow with the number of items; reading the next item, the work, and what the
 * caller does with an outcome (writing a report line) overlap on different cores.
 */
final class OrderedPipeline {

  /**
   * Items in flight for each worker when an item is one small input: enough to keep workers busy
   * while the caller delivers.
   */
  static final int WINDOW_PER_THREAD = 8;

  private OrderedPipeline() {}

  /**
   * @param threads worker threads; with 1 or fewer, everything runs on the calling thread
   * @throws RuntimeException or Error: what {@code work} or {@code deliver} threw, as thrown, after
   *     the workers were stopped
   */
  static <T, R> void run(Iterator<T> items, Function<T, R> work, Consumer<R> deliver, int threads) {
    run(items, work, deliver, threads, WINDOW_PER_THREAD);
  }

  /**
   * As {@link #run(Iterator, Function, Consumer, int)}, with {@code windowPerThread} items in
   * flight for each worker: fewer when an item is several inputs, so that memory stays bounded by
   * about the same number of inputs.
   */
  static <T, R> void run(Iterator<T> items, Function<T, R> work, Consumer<R> deliver, int threads,
      int windowPerThread) {
    if (threads <= 1) {
      items.forEachRemaining(item -> deliver.accept(work.apply(item)));
      return;
    }
    AtomicInteger number = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
      Thread t = new Thread(task, "cqcheck-worker-" + number.incrementAndGet());
      // A caller that gives up (an exception in deliver) must not be kept alive by its workers.
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
      int window = threads * Math.max(1, windowPerThread);
      while (items.hasNext() || !inFlight.isEmpty()) {
        while (inFlight.size() < window && items.hasNext()) {
          T item = items.next();
          inFlight.add(workers.submit(() -> work.apply(item)));
        }
        deliver.accept(outcome(inFlight.poll()));
      }
    } finally {
      workers.shutdownNow();
    }
  }

  private static <R> R outcome(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
