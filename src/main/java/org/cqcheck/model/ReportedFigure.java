package org.cqcheck.model;

import java.util.Objects;

/**
 * One figure of an indicator report: its value in the indicator's base unit, exactly, and how the
 * published text states it.
 *
 * @param value in the indicator's base unit (yuan, a fraction for a share or rate, a count...)
 * @param basis exact, an estimate, or a bound (at least, above, at most, below)
 * @param written the value as the file writes it ("2.45万亿元", "79%"), for messages
 * @param quote the published sentence the figure comes from, or null
 * @param source where it was published, or null
 * @param note the reporter's note, or null
 */
public record ReportedFigure(Fraction value, FigureBasis basis, String written, String quote,
    String source, String note) {

  public ReportedFigure {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(written, "written");
  }

  /** An exact figure with no quote. */
  public static ReportedFigure exact(Fraction value) {
    return new ReportedFigure(value, FigureBasis.EXACT, value.toString(), null, null, null);
  }
}
