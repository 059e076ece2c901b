package org.cqcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON Lines: one compact JSON object per proposal, the shape of one element of the JSON report's
 * {@code results}, written as soon as the proposal is checked (for very large batches).
 */
public final class JsonLinesRenderer implements ReportRenderer {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Override
  public void render(Report report, RenderOptions options, Writer out) throws IOException {
    for (CheckResult result : report.results()) {
      writeLine(result, options, out);
    }
  }

  /** Writes one result as one line. */
  public void writeLine(CheckResult result, RenderOptions options, Writer out) throws IOException {
    Messages messages = new Messages(options.language());
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      JsonRenderer.writeResult(json, result, new FindingText(messages), messages);
    }
    out.write("\n");
  }
}
