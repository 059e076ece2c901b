package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every format renders the examples exactly as its golden file under {@code golden/} says. After a
 * deliberate change, regenerate with {@code mvn test -Dtest=GoldenReportsTest -Dgolden.update=true}
 * and review the diff. The rule-set fingerprint is written as a placeholder in the golden files, so
 * that editing a comment in a DRL file does not change every one of them.
 */
class GoldenReportsTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TestFactory
  Stream<DynamicTest> everyFormatRendersTheExamplesAsItsGoldenFile() {
    Report report = TestCheckers.shared().check(TestCheckers.EVERY_EXAMPLE);
    return Arrays.stream(ReportFormat.values()).flatMap(format -> languages(format)
        .map(lang -> DynamicTest.dynamicTest(format.formatName() + " " + lang, () -> {
          StringWriter out = new StringWriter();
          format.renderer().render(report, new RenderOptions(lang, false, false, false, false), out);
          String actual = out.toString().replace(report.fingerprint(), "sha256:<fingerprint>");
          Path golden = GOLDEN.resolve("examples-" + lang.name().toLowerCase() + "."
              + format.formatName());
          if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
          }
          assertThat(actual).isEqualTo(read(golden));
        })));
  }

  /** Formats people read are checked in both languages; machine formats differ only in messages. */
  private static Stream<Language> languages(ReportFormat format) {
    return switch (format) {
      case TEXT, MARKDOWN, HTML -> Stream.of(Language.EN, Language.ZH);
      default -> Stream.of(Language.EN);
    };
  }

  private static String read(Path golden) throws IOException {
    return Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
  }
}
