package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.cqcheck.engine.Finding;
import org.cqcheck.input.InputFormat;
import org.cqcheck.input.InputOptions;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.ReportFormat;
import org.cqcheck.report.Verdict;

/**
 * Coverage-guided fuzzing of the whole path a file takes: read, validate, check, render. The
 * documented contract is that bad input never throws: it becomes an ERROR result with its errors.
 * So any exception escaping, or a broken invariant, is a finding.
 *
 * <p>In the normal test run (regression mode) this replays the corpus under
 * {@code src/test/resources/org/cqcheck/ProposalFuzzTestInputs/}: the examples, and any input that
 * once failed. To fuzz, see docs/BUILD.md ("Fuzzing").
 */
class ProposalFuzzTest {

  private static final Checker CHECKER = TestCheckers.shared();
  /** Reads without recording where fields are, as the command line does for most formats. */
  private static final Checker WITHOUT_POSITIONS =
      CHECKER.withInputOptions(InputOptions.defaults().withFieldPositions(false));

  @FuzzTest(maxDuration = "10m")
  void readValidateCheckAndRender(FuzzedDataProvider data) throws IOException {
    InputFormat format = data.consumeBoolean() ? InputFormat.YAML : InputFormat.JSON;
    byte[] content = data.consumeRemainingAsBytes();
    List<CheckResult> results = CHECKER.check("fuzz", content, format);
    checkInvariants(results);
    // Errors found without recording positions are placed by reading the text again: the same
    // lines and columns, and otherwise the same results.
    List<CheckResult> unrecorded = WITHOUT_POSITIONS.check("fuzz", content, format);
    assertThat(unrecorded).hasSameSizeAs(results);
    for (int i = 0; i < results.size(); i++) {
      assertThat(unrecorded.get(i).positions()).isEmpty();
      assertThat(unrecorded.get(i)).usingRecursiveComparison().ignoringFields("positions")
          .isEqualTo(results.get(i));
    }
  }

  /** What must hold of any result, whatever the input. */
  static void checkInvariants(List<CheckResult> results) throws IOException {
    assertThat(results).isNotEmpty();
    for (CheckResult r : results) {
      if (r.verdict() == Verdict.ERROR) {
        assertThat(r.errors()).isNotEmpty();
        assertThat(r.findings()).isEmpty();
      } else {
        assertThat(r.errors()).isEmpty();
        assertThat(r.findings()).isNotEmpty();
        assertThat(r.findings()).extracting(Finding::ruleId).isSorted().doesNotHaveDuplicates();
        assertThat(r.verdict()).isEqualTo(r.isIndicatorReport()
            ? Verdict.ofTargets(r.findings()) : Verdict.of(r.findings()));
      }
    }
    for (ReportFormat format : ReportFormat.values()) {
      StringWriter out = new StringWriter();
      format.renderer().render(CHECKER.report(results), RenderOptions.plain(Language.ZH), out);
      String report = out.toString();
      assertThat(report).isNotEmpty();
      // Whatever a field holds, every surrogate is half of a pair, so UTF-8 can encode it ...
      assertThat(report.chars().filter(c -> Character.isSurrogate((char) c)).count())
          .isEqualTo(report.codePoints().filter(Character::isSupplementaryCodePoint).count() * 2);
      // ... and holds nothing its reader would choke on or not see.
      switch (format) {
        case TEXT, MARKDOWN, HTML -> assertThat(report).doesNotContainPattern(HIDDEN_FROM_PEOPLE);
        case JUNIT -> assertThat(report).doesNotContainPattern(FORBIDDEN_IN_XML);
        default -> assertThat(report).doesNotContain("\u2028", "\u2029", "\u0085");
      }
    }
  }

  private static final Pattern HIDDEN_FROM_PEOPLE =
      Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}&&[^\\n]]");
  private static final Pattern FORBIDDEN_IN_XML =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x{FFFE}\\x{FFFF}]");
}
