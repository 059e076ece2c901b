package org.cqcheck.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cqcheck.internal.input.ProposalFile;
import org.cqcheck.internal.input.ProposalReader;
import org.cqcheck.model.Proposal;

/** The valid proposals of examples/, in file order: real-looking input for engine tests. */
final class ExampleProposals {

  private ExampleProposals() {}

  static List<Proposal> all() throws Exception {
    ProposalReader reader = new ProposalReader();
    List<Proposal> all = new ArrayList<>();
    try (var files = Files.walk(Path.of("examples"))) {
      for (Path f : files.filter(f -> f.toString().matches(".*\\.(json|ya?ml)")).sorted()
          .toList()) {
        reader.read(f).entries().stream().map(ProposalFile.Entry::proposal)
            .filter(Objects::nonNull).forEach(all::add);
      }
    }
    return all;
  }
}
