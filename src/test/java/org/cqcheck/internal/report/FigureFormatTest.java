package org.cqcheck.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FigureFormatTest {

  @Test
  void groupsThousandsRoundsHalfEvenAndDropsTrailingZeros() {
    assertThat(FigureFormat.number(new BigDecimal("1234567.125"), 2)).isEqualTo("1,234,567.12");
    assertThat(FigureFormat.number(new BigDecimal("1234567.135"), 2)).isEqualTo("1,234,567.14");
    assertThat(FigureFormat.number(new BigDecimal("100.10"), 2)).isEqualTo("100.1");
    assertThat(FigureFormat.number(new BigDecimal("1E+3"), 2)).isEqualTo("1,000");
    assertThat(FigureFormat.number(new BigDecimal("999.999"), 2)).isEqualTo("1,000");
    assertThat(FigureFormat.number(new BigDecimal("0.004"), 2)).isEqualTo("0");
    assertThat(FigureFormat.number(new BigDecimal("-0.004"), 2)).isEqualTo("-0");
    assertThat(FigureFormat.number(new BigDecimal("-12345.6789"), 3)).isEqualTo("-12,345.679");
  }

  @Test
  void printsWhatDecimalFormatPrints() {
    Random random = new Random(20261123);
    for (int i = 0; i < 20_000; i++) {
      BigDecimal value = BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000L,
          random.nextInt(16) - 2);
      int decimals = random.nextInt(13);
      DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
      format.setMaximumFractionDigits(decimals);
      format.setRoundingMode(RoundingMode.HALF_EVEN);
      assertThat(FigureFormat.number(value, decimals)).as("%s to %d decimals", value, decimals)
          .isEqualTo(format.format(value));
    }
  }
}
