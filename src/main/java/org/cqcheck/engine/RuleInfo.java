package org.cqcheck.engine;

import java.util.Optional;

/**
 * What a rule's DRL metadata says about it: where the target comes from and how much a miss
 * weighs. Read from the compiled rule base, never repeated in Java.
 *
 * @param id the target's id, which is also the DRL rule name
 * @param edition the code of the edition that sets the target
 * @param severity how a miss counts
 * @param document the seed document the quote is taken from
 * @param clause the clause of the document, as the document numbers it
 * @param quote the words of the document, verbatim
 * @param supersedes the id of the earlier target on the same metric this one replaces, if any
 * @param scopeEn which proposals the rule covers, in English
 * @param scopeZh which proposals the rule covers, in Chinese
 * @param waivable whether a configuration may waive the rule ({@code @waivable("false")} says not)
 */
public record RuleInfo(
    String id,
    String edition,
    Severity severity,
    String document,
    String clause,
    String quote,
    Optional<String> supersedes,
    String scopeEn,
    String scopeZh,
    boolean waivable) {

  /** This rule with another severity, as a configuration overrides it. */
  public RuleInfo withSeverity(Severity overridden) {
    return new RuleInfo(id, edition, overridden, document, clause, quote, supersedes, scopeEn,
        scopeZh, waivable);
  }

  public String scope(boolean chinese) {
    return chinese ? scopeZh : scopeEn;
  }
}
