package org.cqcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * JSON Lines: one compact JSON object per proposal, the shape of one element of the JSON report's
 * {@code results}, written as soon as the proposal is checked (for very large batches). Safe to
 * use from several threads at once (each writing its own lines).
 *
 * <p>Not part of the API: public for cqcheck's own use across packages; it may change in any
 * release.
 */
public final class JsonLinesRenderer implements StreamingRenderer {

  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder().characterEscapes(Escaping.JSON).build();

  @Override
  public String result(CheckResult result, RenderOptions options) {
    return line(result, options);
  }

  /** JSON Lines has no end: the counts are the lines. */
  @Override
  public void end(Report.Summary summary, List<WaiverNote> waiverNotes, RenderOptions options,
      Writer out) {}

  /** Writes one result as one line. */
  public void writeLine(CheckResult result, RenderOptions options, Writer out) throws IOException {
    Words words = Words.of(options.language());
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      JsonRenderer.writeResult(json, result, words.text(), words.messages(), options.verbose());
    }
    out.write("\n");
  }

  /** One result as one line, ending with a line break. */
  public String line(CheckResult result, RenderOptions options) {
    StringWriter line = new StringWriter(16 * 1024);
    try {
      writeLine(result, options, line);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return line.toString();
  }
}
