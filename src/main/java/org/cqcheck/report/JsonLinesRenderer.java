package org.cqcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Lines: one compact JSON object per proposal, the shape of one element of the JSON report's
 * {@code results}, written as soon as the proposal is checked (for very large batches). Safe to
 * use from several threads at once (each writing its own lines).
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
    Words words = wordsByLanguage.computeIfAbsent(options.language(),
        language -> new Words(new Messages(language)));
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      JsonRenderer.writeResult(json, result, words.text(), words.messages());
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

  /** The words of one language, made once rather than for every line. */
  private record Words(Messages messages, FindingText text) {
    Words(Messages messages) {
      this(messages, new FindingText(messages));
    }
  }

  private final Map<Language, Words> wordsByLanguage = new ConcurrentHashMap<>();
}
