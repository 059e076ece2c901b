package org.cqcheck.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a whole report in one format. Stateless; one instance may render many reports. */
public interface ReportRenderer {
  void render(Report report, RenderOptions options, Writer out) throws IOException;

  /**
   * Whether the format points findings at lines of the proposal's file ({@link
   * CheckResult#positionOf}), so that where each field is must be recorded while reading (see
   * {@link org.cqcheck.input.InputOptions#fieldPositions}).
   */
  default boolean pointsAtLines() {
    return false;
  }
}
