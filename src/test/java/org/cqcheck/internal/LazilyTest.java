package org.cqcheck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazilyTest {

  @Test
  void makesTheValueOnceForManyThreadsAskingAtOnce() throws InterruptedException {
    AtomicInteger made = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    Lazily<Integer> value = Lazily.of(() -> {
      made.incrementAndGet();
      return 42;
    });
    List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread t = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        seen.add(value.get());
      });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(made).hasValue(1);
    assertThat(seen).hasSize(8).containsOnly(42);
  }

  @Test
  void aMakeThatFailsIsTriedAgainByTheNextUse() {
    AtomicInteger tries = new AtomicInteger();
    Lazily<String> value = Lazily.of(() -> {
      if (tries.incrementAndGet() == 1) {
        throw new IllegalStateException("first try fails");
      }
      return "made";
    });
    assertThatThrownBy(value::get).hasMessage("first try fails");
    assertThat(value.get()).isEqualTo("made");
    assertThat(value.get()).isEqualTo("made");
    assertThat(tries).hasValue(2);
  }

  @Test
  void aValueMadeAlreadyIsGivenAsItIs() {
    Object made = new Object();
    assertThat(Lazily.done(made).get()).isSameAs(made);
  }
}
