package org.cqcheck.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact number: a decimal over a positive whole denominator, so that a share written 三分之二 or
 * 2/3 is compared as 2/3, not as a rounded decimal. Most values have the denominator 1.
 *
 * @param numerator any decimal
 * @param denominator a whole number, at least 1
 */
public record Fraction(BigDecimal numerator, BigInteger denominator)
    implements Comparable<Fraction> {

  private static final Pattern WRITTEN = Pattern.compile("\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*"
      + "(?:/\\s*([0-9]+)\\s*)?");

  public Fraction {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("a denominator is a whole number of at least 1: "
          + denominator);
    }
    // One form for one value: a terminating decimal over 1, else whole numbers in lowest terms.
    if (denominator.equals(BigInteger.ONE)) {
      // Plain notation (9.0E+5 is 900000), unless that would spell out an absurd exponent.
      BigDecimal stripped = numerator.stripTrailingZeros();
      numerator = stripped.scale() < 0 && stripped.scale() > -MAX_EXPONENT
          ? stripped.setScale(0) : stripped;
    } else {
      if (Math.abs((long) numerator.scale()) > MAX_EXPONENT) {
        throw new ArithmeticException("a fraction's numerator is out of range: " + numerator);
      }
      BigInteger whole = numerator.unscaledValue();
      BigInteger below = denominator;
      if (numerator.scale() > 0) {
        below = below.multiply(BigInteger.TEN.pow(numerator.scale()));
      } else {
        whole = whole.multiply(BigInteger.TEN.pow(-numerator.scale()));
      }
      BigInteger gcd = whole.gcd(below);
      if (gcd.signum() > 0) {
        whole = whole.divide(gcd);
        below = below.divide(gcd);
      }
      if (terminates(below)) {
        BigDecimal exact = new BigDecimal(whole).divide(new BigDecimal(below))
            .stripTrailingZeros();
        numerator = exact.scale() < 0 ? exact.setScale(0) : exact;
        denominator = BigInteger.ONE;
      } else {
        numerator = new BigDecimal(whole);
        denominator = below;
      }
    }
  }

  /** Beyond this power of ten a decimal is kept as written, not expanded. */
  private static final int MAX_EXPONENT = 1000;

  private static boolean terminates(BigInteger denominator) {
    BigInteger rest = denominator;
    for (BigInteger factor : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
      while (rest.mod(factor).signum() == 0) {
        rest = rest.divide(factor);
      }
    }
    return rest.equals(BigInteger.ONE);
  }

  /** A decimal, exactly. */
  public static Fraction of(BigDecimal value) {
    return new Fraction(value, BigInteger.ONE);
  }

  /** {@code p/q}. */
  public static Fraction of(long numerator, long denominator) {
    return new Fraction(BigDecimal.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** "0.85", "-3", "2/3"; empty when the text is none of these. */
  public static Optional<Fraction> parse(String text) {
    Matcher m = WRITTEN.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigInteger denominator = m.group(2) == null ? BigInteger.ONE : new BigInteger(m.group(2));
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(new Fraction(new BigDecimal(m.group(1)), denominator));
  }

  /** Whether this is a decimal, exactly (denominator 1). */
  public boolean isDecimal() {
    return denominator.equals(BigInteger.ONE);
  }

  /** The value as a decimal of at most {@code digits} significant digits, exact when it is one. */
  public BigDecimal decimal(int digits) {
    if (isDecimal()) {
      return numerator;
    }
    BigDecimal value = numerator.divide(new BigDecimal(denominator),
        new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** The numerator scaled to the denominator {@code other}: this × other. */
  public BigDecimal over(BigInteger other) {
    return numerator.multiply(new BigDecimal(other));
  }

  public int signum() {
    return numerator.signum();
  }

  @Override
  public int compareTo(Fraction other) {
    return over(other.denominator).compareTo(other.over(denominator));
  }

  /** "0.85", or "2/3". */
  @Override
  public String toString() {
    return isDecimal() ? numerator.toPlainString()
        : numerator.toPlainString() + "/" + denominator;
  }
}
