package org.cqcheck.config;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cqcheck.engine.Severity;

/**
 * A team's settings ({@code cqcheck.yaml}): severity overrides, disabled rules, and waivers.
 *
 * @param source the file it was read from, for messages
 * @param severities rule id → the severity that replaces the rule's own
 * @param disabled rules that are not evaluated at all
 * @param waivers reviewed exceptions
 */
public record Configuration(
    String source, Map<String, Severity> severities, Set<String> disabled, List<Waiver> waivers) {

  public Configuration {
    severities = Map.copyOf(severities);
    disabled = Set.copyOf(disabled);
    waivers = List.copyOf(waivers);
  }

  public static Configuration none() {
    return new Configuration("", Map.of(), Set.of(), List.of());
  }
}
