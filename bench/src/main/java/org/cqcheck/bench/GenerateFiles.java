package org.cqcheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cqcheck.model.Proposal;

/**
 * Writes generated inputs for the whole-process benchmarks: {@code files DIR N} writes N proposal
 * files (JSON); {@code jsonl FILE N} writes N proposals, one per line; {@code reports DIR N} writes
 * N indicator-report files (JSON; {@link IndicatorReportGenerator#generate}); {@code scorecard
 * FILE [N]} writes the city's report for 2015 and 2011-2015 with a figure under every key of the
 * vocabulary, or under its first N keys (JSON, or YAML when FILE ends in .yaml or .yml).
 */
public final class GenerateFiles {

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path target = Path.of(args[1]);
    ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    if (mode.equals("scorecard")) {
      String name = target.getFileName().toString();
      ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLMapper()
          : new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      IndicatorReportGenerator generator = new IndicatorReportGenerator(17);
      int figures = args.length > 2 ? Integer.parseInt(args[2]) : generator.vocabularySize();
      Files.write(target, mapper.writeValueAsBytes(generator.scorecard(figures)));
      return;
    }
    int count = Integer.parseInt(args[2]);
    if (mode.equals("reports")) {
      Files.createDirectories(target);
      int i = 0;
      for (Map<String, Object> report : new IndicatorReportGenerator(13).generate(count)) {
        Files.write(target.resolve(String.format("r%06d.json", i++)),
            json.writeValueAsBytes(report));
      }
      return;
    }
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
