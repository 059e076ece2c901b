package org.cqcheck.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made once, on first use, by whichever thread asks first; a thread that asks while
 * another makes it waits for that one. A make that fails is not remembered: the next use tries
 * again. The aggregate targets, which a run over proposals never needs, are read and built only
 * when a report or a listing asks; the rule base, only when a check first needs it.
 *
 * <p>Not part of the API.
 */
public final class Lazily<T> implements Supplier<T> {

  private final Supplier<T> make;
  private volatile T value;

  private Lazily(Supplier<T> make) {
    this.make = Objects.requireNonNull(make, "make");
  }

  public static <T> Lazily<T> of(Supplier<T> make) {
    return new Lazily<>(make);
  }

  public static <T> Lazily<T> done(T value) {
    Lazily<T> made = new Lazily<>(() -> value);
    made.value = value;
    return made;
  }

  @Override
  public T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made = Objects.requireNonNull(make.get(), "made");
          value = made;
        }
      }
    }
    return made;
  }
}
