package org.cqcheck.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;

/**
 * A reviewed exception to one rule for some proposals: the finding is reported as WAIVED, with the
 * reason and the approver, and does not fail the run, until the waiver expires.
 *
 * @param rule the rule id
 * @param proposal a proposal id, or a glob over ids such as {@code CQ-2013-FL-*}
 * @param reason why the miss is accepted
 * @param approvedBy who accepted it
 * @param expires the last day the waiver applies
 * @param line the line of the waiver in its configuration file, for messages
 */
public record Waiver(
    String rule, String proposal, String reason, String approvedBy, LocalDate expires, int line) {

  public boolean matches(String ruleId, String proposalId) {
    if (!rule.equals(ruleId) || proposalId == null) {
      return false;
    }
    PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + proposal);
    return proposal.equals(proposalId) || glob.matches(Path.of(proposalId));
  }

  public boolean expiredOn(LocalDate today) {
    return expires.isBefore(today);
  }
}
