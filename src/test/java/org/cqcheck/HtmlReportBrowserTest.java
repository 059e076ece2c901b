package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: Debian's headless Chromium renders it to a screenshot and to
 * PDF. Runs where /usr/bin/chromium is installed (.ci/run installs it); skipped elsewhere.
 */
class HtmlReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  /** A4 at 96 dpi, the width the page is laid out for. */
  private static final int A4_WIDTH_PX = 794;

  @Test
  void theReportRendersInChromiumWithItsKeyTextsAndFitsTheA4Width(@TempDir Path dir)
      throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    Report report = TestCheckers.shared().check(Path.of("examples"));
    StringWriter html = new StringWriter();
    ReportFormat.HTML.renderer().render(report, RenderOptions.plain(Language.ZH), html);
    Path page = dir.resolve("report.html");
    Files.writeString(page, html.toString(), StandardCharsets.UTF_8);

    // The report has no script; a copy gets one that records, in the DOM, whether it overflows.
    Path probe = dir.resolve("probe.html");
    Files.writeString(probe, html.toString().replace("</body>",
        "<script>document.body.setAttribute('data-overflow', String("
            + "document.documentElement.scrollWidth > window.innerWidth));</script></body>"),
        StandardCharsets.UTF_8);
    String dom = chromium(dir, "--window-size=" + A4_WIDTH_PX + ",1123", "--dump-dom",
        probe.toUri().toString());
    assertThat(dom).contains("data-overflow=\"false\"")
        .contains("cqcheck：工业项目政策符合性审查报告")
        .contains("不合格 · CQ-2013-FL-0112 · 天然气制甲醇项目")
        .contains("CQ2012-CHEM-GAS-YIELD").contains("新上项目每立方米天然气产出25元以上")
        .contains("<svg");

    Path png = dir.resolve("report.png");
    chromium(dir, "--window-size=" + A4_WIDTH_PX + ",1400", "--hide-scrollbars",
        "--screenshot=" + png, page.toUri().toString());
    assertThat(Files.size(png)).isGreaterThan(20_000);

    Path pdf = dir.resolve("report.pdf");
    chromium(dir, "--print-to-pdf=" + pdf, "--no-pdf-header-footer", page.toUri().toString());
    String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    assertThat(pdfText).startsWith("%PDF");
    Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(pdfText);
    int count = 0;
    while (pages.find()) {
      count++;
    }
    // One proposal per page at least: 15 results.
    assertThat(count).isGreaterThanOrEqualTo(15);
    if (Boolean.getBoolean("docs.screenshot")) {
      Files.copy(png, Path.of("docs/html-report.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String chromium(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(args));
    Path out = dir.resolve("chromium.out");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
