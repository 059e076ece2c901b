package org.cqcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;

/**
 * The cold-start baseline of {@code cold-start.sh}: a JVM that only parses one proposal file with
 * Jackson's {@code ObjectMapper} into a tree and prints its id. A cqcheck start is reported as a
 * ratio to this, which moves with the machine as cqcheck does, rather than in seconds, which
 * move with the machine alone. Run from a class directory with Jackson's three jars only, not from
 * the benchmarks' fat jar, whose size would count against the baseline.
 */
public final class JacksonParseOnly {

  private JacksonParseOnly() {}

  public static void main(String[] args) throws IOException {
    JsonNode proposal = new ObjectMapper().readTree(new File(args[0]));
    System.out.println(proposal.path("id").asText());
  }
}
