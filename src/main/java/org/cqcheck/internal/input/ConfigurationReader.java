package org.cqcheck.internal.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cqcheck.config.Configuration;
import org.cqcheck.config.ConfigurationException;
import org.cqcheck.config.Waiver;
import org.cqcheck.engine.RuleInfo;
import org.cqcheck.engine.Severity;
import org.cqcheck.input.Problem;

/**
 * Reads {@code cqcheck.yaml}. Every problem is reported with the file and line, all at once, and
 * makes the configuration unusable: a waiver without a reason, an approver or an expiry; an expiry
 * further ahead than the horizon (a year unless the file sets {@code waiverHorizon}); a waiver of a
 * rule that is not waivable; an unknown rule id or key.
 */
public final class ConfigurationReader {

  private static final Set<String> KEYS = Set.of("severity", "disabled", "waivers", "waiverHorizon");
  private static final Set<String> WAIVER_KEYS =
      Set.of("rule", "proposal", "reason", "approvedBy", "expires");

  private final Map<String, RuleInfo> rules = new HashMap<>();
  private final LocalDate today;

  public ConfigurationReader(Collection<RuleInfo> rules, LocalDate today) {
    rules.forEach(r -> this.rules.put(r.id(), r));
    this.today = today;
  }

  /** Why a file could not be read, in words rather than an exception's name. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  public Configuration read(Path file) {
    String name = file.toString();
    String text;
    if (Files.isDirectory(file)) {
      throw new ConfigurationException(List.of(new Problem(name, 0,
          "cannot read the configuration: is a directory, not a file")));
    }
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException(List.of(new Problem(name, 0,
          "cannot read the configuration: " + reason(e))));
    }
    LocatingParser parser;
    JsonNode root;
    try {
      parser = new LocatingParser(new YAMLFactory().createParser(text), true);
      root = new ObjectMapper().readTree(parser);
    } catch (LocatingParser.Refused e) {
      throw new ConfigurationException(List.of(new Problem(name, e.error.line(),
          "YAML tags, anchors and aliases are not allowed")));
    } catch (JacksonException e) {
      throw new ConfigurationException(List.of(new Problem(name, e.getLocation().getLineNr(),
          "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""))));
    } catch (IOException e) {
      throw new ConfigurationException(List.of(new Problem(name, 0, e.getMessage())));
    }
    List<Problem> problems = new ArrayList<>();
    if (root == null || root.isNull()) {
      return new Configuration(name, Map.of(), Set.of(), List.of());
    }
    if (!root.isObject()) {
      throw new ConfigurationException(List.of(new Problem(name, 1,
          "expected a mapping with keys " + KEYS)));
    }
    root.fieldNames().forEachRemaining(k -> {
      if (!KEYS.contains(k)) {
        problems.add(at(name, parser, "/" + k).says("unknown key '" + k + "'; expected one of "
            + sorted(KEYS)));
      }
    });
    Period horizon = Period.ofYears(1);
    JsonNode horizonNode = root.get("waiverHorizon");
    if (horizonNode != null) {
      try {
        horizon = Period.parse(horizonNode.asText());
      } catch (DateTimeParseException e) {
        problems.add(at(name, parser, "/waiverHorizon").says("waiverHorizon is '"
            + horizonNode.asText() + "'; expected an ISO period such as P1Y or P6M"));
      }
    }
    Map<String, Severity> severities = new HashMap<>();
    root.path("severity").fields().forEachRemaining(e -> {
      Place where = at(name, parser, "/severity/" + e.getKey());
      if (!rules.containsKey(e.getKey())) {
        problems.add(where.says("no rule " + e.getKey()));
      }
      try {
        severities.put(e.getKey(), Severity.valueOf(e.getValue().asText()));
      } catch (IllegalArgumentException x) {
        problems.add(where.says("severity of " + e.getKey() + " is '" + e.getValue().asText()
            + "'; expected MANDATORY or ADVISORY"));
      }
    });
    Set<String> disabled = new HashSet<>();
    JsonNode disabledNode = root.path("disabled");
    for (int i = 0; i < disabledNode.size(); i++) {
      String id = disabledNode.get(i).asText();
      if (!rules.containsKey(id)) {
        problems.add(at(name, parser, "/disabled/" + i).says("no rule " + id));
      }
      disabled.add(id);
    }
    List<Waiver> waivers = new ArrayList<>();
    JsonNode waiverNodes = root.path("waivers");
    for (int i = 0; i < waiverNodes.size(); i++) {
      Waiver w = waiver(waiverNodes.get(i), "/waivers/" + i, name, parser, horizon, problems);
      if (w != null) {
        waivers.add(w);
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigurationException(problems);
    }
    return new Configuration(name, severities, disabled, waivers);
  }

  private Waiver waiver(JsonNode node, String pointer, String name, LocatingParser parser,
      Period horizon, List<Problem> problems) {
    Place where = at(name, parser, pointer);
    int before = problems.size();
    node.fieldNames().forEachRemaining(k -> {
      if (!WAIVER_KEYS.contains(k)) {
        problems.add(at(name, parser, pointer + "/" + k).says("unknown key '" + k
            + "' in a waiver; expected " + sorted(WAIVER_KEYS)));
      }
    });
    for (String required : List.of("rule", "proposal", "reason", "approvedBy", "expires")) {
      if (node.path(required).asText("").isBlank()) {
        problems.add(where.says("the waiver has no " + required
            + " (a waiver needs rule, proposal, reason, approvedBy and expires)"));
      }
    }
    String rule = node.path("rule").asText("");
    RuleInfo info = rules.get(rule);
    if (!rule.isBlank() && info == null) {
      problems.add(where.says("the waiver names no rule: " + rule));
    } else if (info != null && !info.waivable()) {
      problems.add(where.says(rule + " cannot be waived: its metadata says it is not waivable"));
    }
    LocalDate expires = null;
    String expiresText = node.path("expires").asText("");
    if (!expiresText.isBlank()) {
      try {
        expires = LocalDate.parse(expiresText);
        if (expires.isAfter(today.plus(horizon))) {
          problems.add(at(name, parser, pointer + "/expires").says("the waiver expires on " + expires
              + ", further ahead than the horizon of " + horizon + " (" + today.plus(horizon)
              + "); set waiverHorizon to allow it"));
        }
      } catch (DateTimeParseException e) {
        problems.add(at(name, parser, pointer + "/expires").says("expires is '" + expiresText
            + "'; expected a date as YYYY-MM-DD"));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    int[] line = parser.location(pointer);
    return new Waiver(rule, node.path("proposal").asText(), node.path("reason").asText(),
        node.path("approvedBy").asText(), expires, line == null ? 0 : line[0]);
  }

  private static Place at(String name, LocatingParser parser, String pointer) {
    int[] where = parser.location(pointer);
    return new Place(name, where == null ? 1 : where[0]);
  }

  /** A line of the configuration file, which a problem names. */
  private record Place(String file, int line) {
    Problem says(String message) {
      return new Problem(file, line, message);
    }
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
