package org.cqcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON Lines: one compact JSON object per proposal, the shape of one element of the JSON report's
 * {@code results}, written as soon as the proposal is checked (for very large batches). One
 * instance writes one stream; not thread-safe.
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
    if (messages == null || messages.language() != options.language()) {
      messages = new Messages(options.language());
      text = new FindingText(messages);
    }
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      JsonRenderer.writeResult(json, result, text, messages);
    }
    out.write("\n");
  }

  /** The words, made once for a stream of lines rather than for every line. */
  private Messages messages;
  private FindingText text;
}
