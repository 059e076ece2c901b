package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.Report;
import org.cqcheck.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad input never stops or hides the others, and every input appears exactly once. */
class BatchRobustnessTest {

  private static final String VALID = "{\"schemaVersion\":1,\"id\":\"%s\",\"submittedOn\":"
      + "\"2013-03-15\",\"sector\":\"energy\",\"subsector\":\"power-generation\",\"projectType\":\"new\"}";

  @Test
  void everyInputAppearsOnceWhateverIsWrongWithIt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a-good.json"), VALID.formatted("A"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b-truncated.json"), "{\"schemaVersion\":1,", StandardCharsets.UTF_8);
    Files.createSymbolicLink(dir.resolve("c-broken-link.yaml"), dir.resolve("nowhere.yaml"));
    Files.write(dir.resolve("d-empty.yml"), new byte[0]);
    Files.writeString(dir.resolve("e-same-id.json"), VALID.formatted("A"), StandardCharsets.UTF_8);
    Path linkedDir = Files.createDirectory(dir.resolve("f-dir"));
    Files.writeString(linkedDir.resolve("g-good.yaml"), VALID.formatted("G"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.txt"), "not a proposal", StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.json");
    Path emptyDir = Files.createDirectory(dir.resolve("h-empty-dir"));

    Report report = TestCheckers.shared().check(List.of(dir, missing, emptyDir));

    assertThat(report.results()).extracting(r -> Path.of(r.file()).getFileName().toString())
        .containsExactly("a-good.json", "b-truncated.json", "c-broken-link.yaml", "d-empty.yml",
            "e-same-id.json", "g-good.yaml", "missing.json", "h-empty-dir");
    assertThat(report.results()).extracting(CheckResult::verdict).containsExactly(
        Verdict.WARN, Verdict.ERROR, Verdict.ERROR, Verdict.ERROR, Verdict.ERROR, Verdict.WARN,
        Verdict.ERROR, Verdict.ERROR);
    assertThat(report.results().get(4).errors()).singleElement()
        .satisfies(e -> assertThat(e.args()).containsExactly("A", dir.resolve("a-good.json").toString()));
    Report.Summary s = report.summary();
    assertThat(s.pass() + s.warn() + s.fail() + s.error() + s.valid()).isEqualTo(s.proposals());
    assertThat(s.proposals()).isEqualTo(8);
  }

  @Test
  void validateReadsWithoutEvaluating(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), VALID.formatted("A"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.json"), "{}", StandardCharsets.UTF_8);
    Report report = TestCheckers.shared().validate(List.of(dir));
    assertThat(report.results()).extracting(CheckResult::verdict)
        .containsExactly(Verdict.VALID, Verdict.ERROR);
    assertThat(report.results().get(0).findings()).isEmpty();
    assertThat(report.summary().valid()).isEqualTo(1);
    assertThat(report.exitCode(false).code()).isEqualTo(2);
  }
}
