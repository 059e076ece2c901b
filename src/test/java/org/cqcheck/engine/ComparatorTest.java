package org.cqcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.cqcheck.metrics.Metric;
import org.junit.jupiter.api.Test;

/** The comparators decide exactly, a figure at its threshold meeting it. */
class ComparatorTest {

  private static boolean holds(Comparator c, String actual, String required) {
    return c.holds(new BigDecimal(actual), new BigDecimal(required));
  }

  @Test
  void thresholdsAreMetAtTheBoundaryExceptAStrictOne() {
    assertThat(holds(Comparator.AT_LEAST, "25", "25.00")).isTrue();
    assertThat(holds(Comparator.AT_LEAST, "24.999", "25")).isFalse();
    assertThat(holds(Comparator.AT_MOST, "0.7", "0.70")).isTrue();
    assertThat(holds(Comparator.GREATER_THAN, "0.28", "0.28")).isFalse();
    assertThat(holds(Comparator.GREATER_THAN, "0.2801", "0.28")).isTrue();
  }

  @Test
  void aboutMeansWithinFivePercentEitherWay() {
    assertThat(holds(Comparator.APPROXIMATELY, "1.748", "1.84")).isTrue();   // -5%
    assertThat(holds(Comparator.APPROXIMATELY, "1.932", "1.84")).isTrue();   // +5%
    assertThat(holds(Comparator.APPROXIMATELY, "1.7479", "1.84")).isFalse();
    assertThat(holds(Comparator.APPROXIMATELY, "1.9321", "1.84")).isFalse();
    assertThat(holds(Comparator.APPROXIMATELY, "-0.05", "-1")).isFalse();
    assertThat(holds(Comparator.APPROXIMATELY, "-0.96", "-1")).isTrue();
  }

  @Test
  void aRequirementSaysAboutAsWrittenEitherWay() {
    Requirement about = Requirement.parse("ENERGY_INTENSITY ≈ 1.84");
    assertThat(about.comparator()).isEqualTo(Comparator.APPROXIMATELY);
    assertThat(about.threshold()).isEqualByComparingTo("1.84");
    assertThat(about.metric()).isEqualTo(Metric.ENERGY_INTENSITY);
    assertThat(Requirement.parse("ENERGY_INTENSITY ~= 1.84")).isEqualTo(about);
    assertThat(about.describe()).isEqualTo("≈ 1.84 tce/10k yuan");
  }

  @Test
  void aFlagOrAListIsNotComparedAsANumber() {
    assertThatThrownBy(() -> holds(Comparator.CONTAINS, "1", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
