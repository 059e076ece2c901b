package org.cqcheck.engine;

import java.time.LocalDate;

/**
 * One policy document whose targets are rules, as listed in {@code rules/editions.yaml}.
 *
 * @param code the edition's code, such as CQ2012, which prefixes its rule ids
 * @param title the document's title, in Chinese
 * @param document the file in {@code seeds/} that holds the text
 * @param inForceFrom the first day its targets apply
 * @param horizon the year the document's goals look to; targets stay in force after it until a
 *     later target supersedes them
 * @param ruleFiles the DRL files in {@code rules/} that encode its targets: the project-level
 *     rules and the aggregate targets ({@code aggregate/cq2012.drl})
 */
public record Edition(
    String code, String title, String document, LocalDate inForceFrom, int horizon,
    java.util.List<String> ruleFiles) {

  public Edition {
    ruleFiles = java.util.List.copyOf(ruleFiles);
  }
}
