package org.cqcheck.config;

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
    return proposal.equals(proposalId) || globMatches(proposal, proposalId);
  }

  /**
   * Whether {@code id} matches {@code glob}: {@code *} any run of characters (a slash among them:
   * ids are not paths, and {@code CQ-*} is meant to take {@code CQ-2013/7}), {@code ?} any one
   * character, everything else itself. Matched in place, without a pattern built for each call;
   * any character an id may hold, NUL included, is simply a character.
   */
  static boolean globMatches(String glob, String id) {
    int g = 0;
    int i = 0;
    int star = -1;
    int afterStar = 0;
    while (i < id.length()) {
      if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == id.charAt(i))) {
        g++;
        i++;
      } else if (g < glob.length() && glob.charAt(g) == '*') {
        star = g++;
        afterStar = i;
      } else if (star >= 0) {
        g = star + 1;
        i = ++afterStar;
      } else {
        return false;
      }
    }
    while (g < glob.length() && glob.charAt(g) == '*') {
      g++;
    }
    return g == glob.length();
  }

  public boolean expiredOn(LocalDate today) {
    return expires.isBefore(today);
  }
}
