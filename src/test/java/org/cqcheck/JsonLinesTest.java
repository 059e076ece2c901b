package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cqcheck.input.InputError;
import org.cqcheck.report.CheckResult;
import org.cqcheck.report.RunTotals;
import org.cqcheck.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines read as bytes: each line decoded on its own, and a failure to read loses nothing. */
class JsonLinesTest {

  private static final String PROPOSAL = "{\"schemaVersion\":1,\"id\":\"%s\",\"submittedOn\":"
      + "\"2013-03-15\",\"sector\":\"energy\",\"subsector\":\"power-generation\",\"projectType\":\"new\","
      + "\"annual\":{\"valueAddedYuan\":100000000,\"employees\":80}}";

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<CheckResult> check(InputStream in) throws IOException {
    List<CheckResult> results = new ArrayList<>();
    TestCheckers.shared().withThreads(2).checkLines(in, "in.jsonl", r -> r, results::add);
    return results;
  }

  @Test
  void crlfBlankAndUnterminatedLinesAreNumberedAsInTheInput() throws IOException {
    String text = PROPOSAL.formatted("L1") + "\r\n\r\n   \n\u3000\n" + PROPOSAL.formatted("L5")
        + "\n" + PROPOSAL.formatted("L6");
    List<CheckResult> results = check(new ByteArrayInputStream(utf8(text)));
    assertThat(results).extracting(CheckResult::file)
        .containsExactly("in.jsonl:1", "in.jsonl:5", "in.jsonl:6");
    assertThat(results).extracting(CheckResult::proposalId).containsExactly("L1", "L5", "L6");
    assertThat(results).extracting(CheckResult::verdict).doesNotContain(Verdict.ERROR);
  }

  /** Hands over at most {@code most} bytes a read, so that lines span many reads. */
  private static InputStream inPiecesOf(int most, byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] buffer, int offset, int length) {
        return super.read(buffer, offset, Math.min(most, length));
      }
    };
  }

  @Test
  void linesSplitAcrossReadsAndLongerThanTheBufferAreReadWhole() throws IOException {
    // A title of 30,000 characters (90,000 bytes of UTF-8): longer than the 64 KiB buffer, shorter
    // than the reader's limit on a string (65,536 characters).
    String longTitle = "重".repeat(30_000);
    String text = PROPOSAL.formatted("S1") + "\r\n"
        + PROPOSAL.formatted("S2").replace("{\"schemaVersion\":1,",
            "{\"schemaVersion\":1,\"title\":\"" + longTitle + "\",") + "\n\n"
        + PROPOSAL.formatted("S3");
    for (InputStream in : List.of(inPiecesOf(5, utf8(text)), inPiecesOf(1 << 20, utf8(text)))) {
      List<CheckResult> results = check(in);
      assertThat(results).extracting(CheckResult::proposalId).containsExactly("S1", "S2", "S3");
      assertThat(results).extracting(CheckResult::file)
          .containsExactly("in.jsonl:1", "in.jsonl:2", "in.jsonl:4");
      assertThat(results.get(1).title()).isEqualTo(longTitle);
      assertThat(results).extracting(CheckResult::verdict).doesNotContain(Verdict.ERROR);
    }
  }

  /**
   * What {@link JsonLines} should give for {@code bytes}, written the plain way: split at LF, a CR
   * before it dropped, lines that are blank as text left out, each as "number@bytes" with lines
   * numbered as in the input.
   */
  private static List<String> expectedLines(byte[] bytes) {
    List<String> lines = new ArrayList<>();
    int number = 0;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length ? start < i : bytes[i] == '\n') {
        number++;
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        if (!new String(bytes, start, end - start, StandardCharsets.UTF_8).isBlank()) {
          lines.add(number + "@"
              + new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
        }
        start = i + 1;
      }
    }
    return lines;
  }

  @Test
  void randomBytesInRandomPiecesAreSplitAsThePlainWaySplitsThem() {
    java.util.Random random = new java.util.Random(20261123);
    byte[] alphabet = utf8("ab {}\"\r\n\n\t\u3000重");
    for (int trial = 0; trial < 2_000; trial++) {
      // Short inputs for the edges, then inputs longer than the 64 KiB buffer.
      byte[] bytes = new byte[random.nextInt(trial < 1_900 ? 40 : 200_000)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = alphabet[random.nextInt(alphabet.length)];
      }
      JsonLines lines = JsonLines.of(inPiecesOf(1 + random.nextInt(70_000), bytes));
      List<String> got = new ArrayList<>();
      lines.forEachRemaining(l -> got.add(l.number() + "@"
          + new String(l.bytes(), StandardCharsets.ISO_8859_1)));
      assertThat(lines.failure()).isNull();
      assertThat(got).as("trial %d, %d bytes", trial, bytes.length)
          .isEqualTo(expectedLines(bytes));
    }
  }

  @Test
  void aLineThatIsNotUtf8IsAnErrorOfItsOwn() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(utf8(PROPOSAL.formatted("G1") + "\n"));
    // A name of "重庆" in GBK, where UTF-8 is expected.
    bytes.writeBytes(utf8("{\"schemaVersion\":1,\"id\":\"G2\",\"name\":\""));
    bytes.writeBytes(new byte[] {(byte) 0xD6, (byte) 0xD8, (byte) 0xC7, (byte) 0xEC});
    bytes.writeBytes(utf8("\"}\n" + PROPOSAL.formatted("G3") + "\n"));
    List<CheckResult> results = check(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(results).extracting(CheckResult::verdict)
        .containsExactly(Verdict.WARN, Verdict.ERROR, Verdict.WARN);
    assertThat(results.get(1).file()).isEqualTo("in.jsonl:2");
    assertThat(results.get(1).errors()).extracting(InputError::kind)
        .containsExactly(InputError.Kind.NOT_UTF8);
  }

  /** Gives its text, then fails. */
  private static InputStream failingAfter(String text) {
    return new InputStream() {
      private final InputStream first = new ByteArrayInputStream(utf8(text));

      @Override
      public int read() throws IOException {
        int b = first.read();
        if (b < 0) {
          throw new IOException("disk gone");
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = first.read(buffer, offset, length);
        if (n < 0) {
          throw new IOException("disk gone");
        }
        return n;
      }
    };
  }

  @Test
  void aStreamThatFailsHandsOverEveryLineReadBeforeThenThrows() {
    List<CheckResult> results = new ArrayList<>();
    String text = PROPOSAL.formatted("F1") + "\n" + PROPOSAL.formatted("F2") + "\n";
    assertThatThrownBy(() -> TestCheckers.shared().withThreads(2)
        .checkLines(failingAfter(text), "in.jsonl", r -> r, results::add))
        .isInstanceOf(IOException.class).hasMessage("disk gone");
    assertThat(results).extracting(CheckResult::proposalId).containsExactly("F1", "F2");
  }

  @Test
  void aFailureToReadPartWayIsAnErrorForTheLineItStoppedAtWhenAsked() throws IOException {
    List<CheckResult> results = new ArrayList<>();
    String text = PROPOSAL.formatted("F1") + "\n\n" + PROPOSAL.formatted("F3") + "\n";
    RunTotals totals = TestCheckers.shared().withThreads(2).checkLines(
        JsonLines.of(failingAfter(text)), "in.jsonl", true, r -> r, results::add);
    assertThat(results).extracting(CheckResult::file)
        .containsExactly("in.jsonl:1", "in.jsonl:3", "in.jsonl:4");
    assertThat(results.get(2).verdict()).isEqualTo(Verdict.ERROR);
    assertThat(results.get(2).errors()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(InputError.Kind.UNREADABLE);
      assertThat(e.args()).containsExactly("IOException: disk gone");
    });
    assertThat(totals.summary().error()).isEqualTo(1);
  }

  @Test
  void aFileThatCannotBeOpenedIsOneErrorResult(@TempDir Path dir) {
    for (Path input : List.of(dir.resolve("missing.jsonl"), dir)) {
      List<CheckResult> results = new ArrayList<>();
      RunTotals totals = TestCheckers.shared().checkLines(input, r -> r, results::add);
      assertThat(results).singleElement().satisfies(r -> {
        assertThat(r.file()).isEqualTo(input.toString());
        assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.args())
            .containsExactly(input.equals(dir) ? InputError.IS_A_DIRECTORY : "noSuchFile"));
      });
      assertThat(totals.summary().error()).isEqualTo(1);
    }
  }

  @Test
  void aFileIsReadLineByLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, PROPOSAL.formatted("P1") + "\n" + PROPOSAL.formatted("P1") + "\n");
    List<CheckResult> results = new ArrayList<>();
    TestCheckers.shared().checkLines(file, r -> r, results::add);
    assertThat(results).extracting(CheckResult::file)
        .containsExactly(file + ":1", file + ":2");
    // The repeated id is refused, naming the line it was first seen on.
    assertThat(results.get(1).errors()).singleElement()
        .satisfies(e -> assertThat(e.args()).containsExactly("P1", file + ":1"));
  }
}
