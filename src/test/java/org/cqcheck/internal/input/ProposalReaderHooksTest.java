package org.cqcheck.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cqcheck.input.InputError;
import org.cqcheck.input.InputFormat;
import org.cqcheck.input.InputOptions;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Proposal;
import org.junit.jupiter.api.Test;

/**
 * The reader says which kind of input it found before validating it (so that a checker can start
 * building the rules that input needs), and only for a document of a known kind.
 */
class ProposalReaderHooksTest {

  /** What the reader told its check, in order. */
  private static final class Recording implements ProposalCheck {
    final List<String> calls = new ArrayList<>();

    @Override
    public List<InputError> warnings(Proposal proposal) {
      calls.add("warnings(proposal)");
      return List.of();
    }

    @Override
    public List<InputError> warnings(IndicatorReport report) {
      calls.add("warnings(report)");
      return List.of();
    }

    @Override
    public void proposalFound() {
      calls.add("proposalFound");
    }

    @Override
    public void reportFound(IndicatorReport heading) {
      calls.add("reportFound" + (heading == null ? "" : " " + heading.region().level() + " "
          + heading.year() + " " + heading.span()));
    }
  }

  private static List<String> callsReading(String json) {
    Recording check = new Recording();
    new ProposalReader(InputOptions.defaults(), check)
        .read("t.json", json.getBytes(StandardCharsets.UTF_8), InputFormat.JSON);
    return check.calls;
  }

  /** A valid proposal and a valid indicator report, as JSON. */
  private static final String PROPOSAL = example("chemical-mdi-changshou-2013.json");
  private static final String REPORT = example("scorecard-city-2020.yaml");

  private static String example(String file) {
    try {
      Path path = Path.of("examples", file);
      com.fasterxml.jackson.databind.ObjectMapper reading = file.endsWith(".yaml")
          ? new com.fasterxml.jackson.databind.ObjectMapper(
              new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
          : new com.fasterxml.jackson.databind.ObjectMapper();
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .writeValueAsString(reading.readTree(path.toFile()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aProposalIsAnnouncedBeforeItIsCheckedAgainstTheRuleData() {
    assertThat(callsReading(PROPOSAL)).containsExactly("proposalFound", "warnings(proposal)");
  }

  @Test
  void aReportIsAnnouncedBeforeItIsCheckedAgainstTheRuleData() {
    assertThat(callsReading(REPORT)).containsExactly("reportFound CITY 2020 2016-2020", "warnings(report)");
  }

  @Test
  void anInvalidProposalIsStillAnnouncedButNotCheckedFurther() {
    assertThat(callsReading(PROPOSAL.replace("\"sector\":\"chemical\"", "\"sector\":\"nonsense\"")))
        .containsExactly("proposalFound");
  }

  @Test
  void aFileOfBothKindsAnnouncesEach() {
    String another = PROPOSAL.replaceFirst("\"id\":\"([^\"]+)\"", "\"id\":\"$1-2\"");
    assertThat(callsReading("[" + PROPOSAL + ", " + REPORT + ", " + another + "]"))
        .containsExactly("proposalFound", "warnings(proposal)", "reportFound CITY 2020 2016-2020", "warnings(report)",
            "proposalFound", "warnings(proposal)");
  }

  @Test
  void aReportWhoseHeadingCannotBeReadIsAnnouncedWithoutIt() {
    assertThat(callsReading(REPORT.replace("\"year\":2020", "\"year\":\"twenty\"")))
        .containsExactly("reportFound");
    assertThat(callsReading(REPORT.replace("\"level\":\"city\"", "\"level\":\"county\"")))
        .containsExactly("reportFound");
  }

  @Test
  void aDocumentOfAnUnknownKindOrNotAnObjectIsAnnouncedAsNeither() {
    assertThat(callsReading("{\"kind\": \"budget\", \"id\": \"B-1\"}")).isEmpty();
    assertThat(callsReading("[[\"a list\"]]")).isEmpty();
    assertThat(callsReading("{\"not\": [json")).isEmpty();
  }

  @Test
  void aReaderWithAnotherCheckSharesTheParsersButTellsTheNewCheck() {
    Recording first = new Recording();
    Recording second = new Recording();
    ProposalReader reader = new ProposalReader(InputOptions.defaults(), first);
    reader.withCheck(second).read("t.json", REPORT.getBytes(StandardCharsets.UTF_8),
        InputFormat.JSON);
    assertThat(first.calls).isEmpty();
    assertThat(second.calls).containsExactly("reportFound CITY 2020 2016-2020", "warnings(report)");
  }
}
