package org.cqcheck.report;

import org.cqcheck.config.Waiver;

/** Something the report says about a waiver itself, rather than about a finding. */
public record WaiverNote(Waiver waiver, Kind kind, String source) {

  public enum Kind {
    /** Past its expiry date: it no longer applies, and what it waived counts again. */
    EXPIRED,
    /** It matched no finding of this run: a stale entry, or a typo in its rule or proposal. */
    UNUSED
  }
}
