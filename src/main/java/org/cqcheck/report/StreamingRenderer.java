package org.cqcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A format that can be written result by result as results come, so that a run over any number
 * of proposals needs memory for counts only: each result's text, then an end.
 * {@link #render} writes the same text for a whole report.
 */
public interface StreamingRenderer extends ReportRenderer {

  /** One result's part of the report. Safe to call from several threads at once. */
  String result(CheckResult result, RenderOptions options);

  /** What follows the last result: waiver notes and counts, where the format has them. */
  void end(Report.Summary summary, List<WaiverNote> waiverNotes, RenderOptions options, Writer out)
      throws IOException;

  @Override
  default void render(Report report, RenderOptions options, Writer out) throws IOException {
    for (CheckResult result : report.results()) {
      out.write(result(result, options));
    }
    end(report.summary(), report.waiverNotes(), options, out);
  }
}
