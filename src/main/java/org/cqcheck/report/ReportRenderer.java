package org.cqcheck.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a whole report in one format. Stateless; one instance may render many reports. */
public interface ReportRenderer {
  void render(Report report, RenderOptions options, Writer out) throws IOException;
}
