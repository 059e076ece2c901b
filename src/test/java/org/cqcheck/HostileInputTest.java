package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cqcheck.input.InputError;
import org.cqcheck.input.InputFormat;
import org.cqcheck.input.InputOptions;
import org.cqcheck.internal.input.ProposalFile;
import org.cqcheck.internal.input.ProposalReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input built to hurt: bombs, gadgets, giant values. Each is refused with a clear error, quickly and
 * with little memory; nothing in a proposal makes the checker load a class, read a file or open a
 * connection. Time and memory bounds are loose on purpose (a refusal takes milliseconds; the bound
 * is seconds), so that they catch an expansion, not a slow machine.
 */
class HostileInputTest {

  private final ProposalReader reader = new ProposalReader();

  private static InputError onlyError(ProposalFile file) {
    assertThat(file.entries()).hasSize(1);
    assertThat(file.entries().get(0).proposal()).isNull();
    assertThat(file.entries().get(0).errors()).hasSize(1);
    return file.entries().get(0).errors().get(0);
  }

  /** Runs {@code work}, asserting it takes under {@code seconds} and allocates under {@code mib}. */
  private static <T> T bounded(double seconds, long mib, java.util.function.Supplier<T> work) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    T result = work.get();
    double elapsed = (System.nanoTime() - start) / 1e9;
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    assertThat(elapsed).as("seconds").isLessThan(seconds);
    assertThat(allocated / (1024 * 1024)).as("MiB allocated").isLessThan(mib);
    return result;
  }

  @Test
  void aBillionLaughsBombIsRefusedAtTheFirstAnchor() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p);
      for (int i = 0; i < 8; i++) {
        bomb.append(",*").append(p);
      }
      bomb.append("]\n");
    }
    InputError error = bounded(2, 64, () -> onlyError(reader.read("bomb.yaml",
        bomb.toString().getBytes(StandardCharsets.UTF_8), InputFormat.YAML)));
    assertThat(error.kind()).isEqualTo(InputError.Kind.YAML_ALIAS);
    assertThat(error.line()).isEqualTo(1);
  }

  /**
   * Initialised only if a YAML tag could instantiate a class: it must never be. It leaves a system
   * property, because reading a field of its own would initialise it.
   */
  public static final class Gadget {
    static {
      System.setProperty("cqcheck.test.gadget", "initialised");
    }
  }

  @Test
  void typeTagsAreRefusedAndNeverInstantiated() throws IOException {
    try (ServerSocket server = new ServerSocket(0)) {
      server.setSoTimeout(300);
      String payload = "schemaVersion: 1\nid: !!javax.script.ScriptEngineManager"
          + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:"
          + server.getLocalPort() + "/\"]]]]\ngadget: !!" + Gadget.class.getName() + " {}\n";
      InputError error = onlyError(
          reader.read("gadget.yaml", payload.getBytes(StandardCharsets.UTF_8), InputFormat.YAML));
      assertThat(error.kind()).isEqualTo(InputError.Kind.YAML_TAG);
      assertThat(error.location()).isEqualTo("/id");
      assertNoConnection(server);
    }
    assertThat(System.getProperty("cqcheck.test.gadget")).as("gadget class initialised").isNull();
  }

  @Test
  void aSchemaReferenceInAProposalIsNeverFetched() throws IOException {
    try (ServerSocket server = new ServerSocket(0)) {
      server.setSoTimeout(300);
      String proposal = "{\"$schema\": \"http://127.0.0.1:" + server.getLocalPort() + "/s.json\","
          + " \"$ref\": \"file:///etc/passwd\", \"schemaVersion\": 1, \"id\": \"P\","
          + " \"submittedOn\": \"2013-03-15\", \"sector\": \"energy\", \"projectType\": \"new\"}";
      ProposalFile file = reader.read("ref.json", proposal.getBytes(StandardCharsets.UTF_8),
          InputFormat.JSON);
      assertThat(file.entries().get(0).proposal()).isNotNull();
      assertThat(file.entries().get(0).warnings()).extracting(InputError::location)
          .containsExactly("/$ref");
      assertNoConnection(server);
    }
  }

  private static void assertNoConnection(ServerSocket server) throws IOException {
    try {
      server.accept().close();
      throw new AssertionError("the checker opened a connection");
    } catch (SocketTimeoutException expected) {
      // Nobody connected.
    }
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedUnread(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    Files.write(big, new byte[11 * 1024 * 1024]);
    InputError error = bounded(2, 8, () -> onlyError(reader.read(big)));
    assertThat(error.kind()).isEqualTo(InputError.Kind.TOO_LARGE);
    assertThat(error.args()).containsExactly("11534336", "10485760");
    ProposalReader small = new ProposalReader(InputOptions.defaults().withMaxFileBytes(100));
    assertThat(onlyError(small.read("x.json", new byte[101], InputFormat.JSON)).kind())
        .isEqualTo(InputError.Kind.TOO_LARGE);
  }

  @Test
  void deepNestingIsRefused() {
    for (InputFormat format : InputFormat.values()) {
      String deep = "[".repeat(50_000) + "]".repeat(50_000);
      InputError error = bounded(2, 64, () -> onlyError(
          reader.read("deep", deep.getBytes(StandardCharsets.UTF_8), format)));
      assertThat(error.kind()).as(format.name())
          .isIn(InputError.Kind.LIMIT_EXCEEDED, InputError.Kind.SYNTAX);
    }
  }

  @Test
  void hugeStringsAndNumbersAreRefused() {
    String longTitle = "{\"title\": \"" + "标".repeat(100_000) + "\"}";
    assertThat(onlyError(reader.read("s.json", longTitle.getBytes(StandardCharsets.UTF_8),
        InputFormat.JSON)).kind()).isEqualTo(InputError.Kind.LIMIT_EXCEEDED);
    String longNumber = "{\"annual\": {\"employees\": " + "9".repeat(1000) + "}}";
    InputError error = bounded(2, 64, () -> onlyError(reader.read("n.json",
        longNumber.getBytes(StandardCharsets.UTF_8), InputFormat.JSON)));
    assertThat(error.kind()).isEqualTo(InputError.Kind.LIMIT_EXCEEDED);
    assertThat(error.location()).isEqualTo("/annual/employees");
  }

  @Test
  void manyProposalsInOneFileAreEachRead() {
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 2000; i++) {
      many.append(i == 0 ? "" : ",").append("{\"schemaVersion\":1,\"id\":\"P").append(i)
          .append("\",\"submittedOn\":\"2013-03-15\",\"sector\":\"energy\",\"projectType\":\"new\"}");
    }
    ProposalFile file = bounded(10, 1024, () -> reader.read("many.json",
        many.append("]").toString().getBytes(StandardCharsets.UTF_8), InputFormat.JSON));
    assertThat(file.entries()).hasSize(2000).allSatisfy(e -> assertThat(e.proposal()).isNotNull());
  }

  @Test
  void theProposalSchemaAndTheJavaEnumsListTheSameCodes() throws IOException {
    var schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        org.cqcheck.internal.input.ProposalSchema.text());
    assertThat(codes(schema.at("/properties/sector/enum")))
        .containsExactlyElementsOf(codesOf(org.cqcheck.model.Sector.values()));
    assertThat(codes(schema.at("/properties/subsector/enum")))
        .containsExactlyElementsOf(codesOf(org.cqcheck.model.Subsector.values()));
    assertThat(codes(schema.at("/properties/projectType/enum")))
        .containsExactlyElementsOf(codesOf(org.cqcheck.model.ProjectType.values()));
    assertThat(codes(schema.at("/properties/applicant/properties/ownership/enum")))
        .containsExactlyElementsOf(codesOf(org.cqcheck.model.Ownership.values()));
  }

  private static List<String> codes(com.fasterxml.jackson.databind.JsonNode array) {
    List<String> codes = new java.util.ArrayList<>();
    array.forEach(v -> {
      if (!v.isNull()) {
        codes.add(v.asText());
      }
    });
    return codes;
  }

  private static List<String> codesOf(org.cqcheck.model.Coded[] values) {
    return java.util.Arrays.stream(values).map(org.cqcheck.model.Coded::code).toList();
  }
}
