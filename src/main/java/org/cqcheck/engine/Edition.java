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
 * @param ruleFile the DRL file in {@code rules/} that encodes its targets
 */
public record Edition(
    String code, String title, String document, LocalDate inForceFrom, int horizon, String ruleFile) {}
