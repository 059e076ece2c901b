package org.cqcheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cqcheck.model.Proposal;

/**
 * Writes generated proposals for the whole-process benchmarks: {@code files DIR N} writes N JSON
 * files; {@code jsonl FILE N} writes N proposals, one per line.
 */
public final class GenerateFiles {

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path target = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    ProposalGenerator generator = new ProposalGenerator(11);
    if (mode.equals("files")) {
      Files.createDirectories(target);
      int i = 0;
      for (Proposal p : generator.generate(count)) {
        Files.write(target.resolve(String.format("p%06d.json", i++)),
            json.writeValueAsBytes(ProposalGenerator.toDocument(p)));
      }
    } else {
      try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        for (int done = 0; done < count; done += 10_000) {
          List<Proposal> batch = generator.generate(Math.min(10_000, count - done));
          for (Proposal p : batch) {
            out.write(json.writeValueAsString(ProposalGenerator.toDocument(p)));
            out.write('\n');
          }
        }
      }
    }
  }
}
