package org.cqcheck.report;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/** The report formats: the one registry of format names and their renderers. */
public enum ReportFormat {
  TEXT("text", TextRenderer::new),
  JSON("json", JsonRenderer::new),
  JSONL("jsonl", JsonLinesRenderer::new),
  JUNIT("junit", JunitRenderer::new),
  SARIF("sarif", SarifRenderer::new),
  MARKDOWN("markdown", MarkdownRenderer::new),
  HTML("html", HtmlRenderer::new);

  private final String formatName;
  private final Supplier<ReportRenderer> renderer;

  ReportFormat(String formatName, Supplier<ReportRenderer> renderer) {
    this.formatName = formatName;
    this.renderer = renderer;
  }

  /** The name given to --format. */
  public String formatName() {
    return formatName;
  }

  public ReportRenderer renderer() {
    return renderer.get();
  }

  public static Optional<ReportFormat> named(String name) {
    return Arrays.stream(values()).filter(f -> f.formatName.equals(name)).findFirst();
  }

  @Override
  public String toString() {
    return formatName;
  }
}
