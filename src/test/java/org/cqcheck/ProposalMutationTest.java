package org.cqcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.cqcheck.input.InputFormat;
import org.junit.jupiter.api.Test;

/**
 * A bounded, repeatable stand-in for fuzzing in every test run: each example is mutated a few
 * hundred times with a fixed seed (bytes flipped, cut, or spliced with tokens that parsers and
 * converters find hard) and must pass the fuzz test's invariants. Coverage-guided fuzzing proper is
 * {@link ProposalFuzzTest}.
 */
class ProposalMutationTest {

  private static final int MUTANTS_PER_EXAMPLE = 300;
  private static final List<String> TOKENS = List.of(
      "NaN", "-Infinity", ".inf", "{", "}", "[", "]", ",", ":", "\"", "\t", "\n", "&a ", "*a",
      "!!java.net.URL ", "%", "万", "亿元", "1e400", "-0", "0.0000000000000000000001", "null",
      "true", "\uFEFF", "\u0000", "\"submittedOn\": \"2099-01-01\"", "\"id\": \"CQ-2013-CS-0007\"",
      "999999999999999999999999999999", "# comment", "---", "? ", "|\n", "\\u0000");

  @Test
  void mutatedExamplesNeverThrowAndKeepTheInvariants() throws IOException {
    Random random = new Random(20261123L);
    List<Path> examples;
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      examples = files.filter(f -> InputFormat.of(f).isPresent()).sorted().toList();
    }
    for (Path example : examples) {
      byte[] original = Files.readAllBytes(example);
      InputFormat format = InputFormat.of(example).orElseThrow();
      for (int i = 0; i < MUTANTS_PER_EXAMPLE; i++) {
        byte[] mutant = mutate(original, random);
        try {
          ProposalFuzzTest.checkInvariants(
              TestCheckers.shared().check("mutant", mutant, format));
        } catch (RuntimeException | AssertionError e) {
          throw new AssertionError("mutant " + i + " of " + example + ":\n"
              + new String(mutant, StandardCharsets.UTF_8), e);
        }
      }
    }
  }

  private static byte[] mutate(byte[] input, Random random) {
    List<Byte> bytes = new ArrayList<>(input.length + 64);
    for (byte b : input) {
      bytes.add(b);
    }
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && !bytes.isEmpty(); e++) {
      int at = random.nextInt(bytes.size());
      switch (random.nextInt(4)) {
        case 0 -> bytes.set(at, (byte) random.nextInt(256));
        case 1 -> bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(16))).clear();
        case 2 -> {
          byte[] token = TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8);
          for (int t = token.length - 1; t >= 0; t--) {
            bytes.add(at, token[t]);
          }
        }
        default -> bytes.subList(at, bytes.size()).clear();
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }
}
