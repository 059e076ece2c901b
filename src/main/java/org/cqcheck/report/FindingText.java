package org.cqcheck.report;

import java.util.List;
import org.cqcheck.engine.Comparator;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.NotApplicable;
import org.cqcheck.engine.Status;

/** The words of a finding, in the language of {@code messages}: what reports print beside figures. */
public final class FindingText {

  private final Messages messages;

  public FindingText(Messages messages) {
    this.messages = messages;
  }

  /** The actual figure with its unit, or the proposal's value when it is not a number. */
  public String actual(Finding f) {
    if (f.status() == Status.NOT_APPLICABLE) {
      return "";
    }
    if (f.status() == Status.MISSING_DATA
        || (f.status() == Status.WAIVED && f.waived() == Status.MISSING_DATA)) {
      return "—";
    }
    if (f.actual() != null) {
      return FigureFormat.forPeople(f.actual(), f.required(), unit(f));
    }
    if (f.comparator() == Comparator.IS_TRUE && f.actualText() != null) {
      // A yes-or-no figure in the reader's words: "yes" / "是", not the field's true.
      return messages.get(Boolean.parseBoolean(f.actualText()) ? "text.yes" : "text.no");
    }
    return f.actualText() == null || f.actualText().isEmpty()
        ? messages.get("finding.none")
        : f.actualText();
  }

  /** The requirement: comparator and threshold with unit, such as "≥ 25 yuan/m³". */
  public String required(Finding f) {
    if (f.comparator() == null) {
      return "";
    }
    if (f.required() != null) {
      return f.comparator().symbol() + " " + FigureFormat.forPeople(f.required(), null, unit(f));
    }
    return switch (f.comparator()) {
      case IS_TRUE -> "= " + messages.get("text.yes");
      case CONTAINS -> "∋ " + f.requiredText();
      case PRESENT -> messages.language().chinese() ? "园区内" : "in a park";
      case DESIGNATED -> "∈ " + zoneNames(f.requiredText());
      default -> f.comparator().symbol();
    };
  }

  private String unit(Finding f) {
    return FigureFormat.unitFor(f.unit(), messages.language());
  }

  /** The zones of a designation text "两江新区 (automotive, ...); ..." without their sectors. */
  private static String zoneNames(String designations) {
    return designations.replaceAll("\\s*\\([^)]*\\)", "").replace(";", ",");
  }

  /** What a waiver says: reason, approver, expiry; for an audit, that it was ignored. */
  public String waiver(Finding f) {
    if (f.waiver() == null) {
      return "";
    }
    String key = f.status() == Status.WAIVED ? "finding.waiver" : "finding.waiverIgnored";
    return messages.get(key, f.waiver().reason(), f.waiver().approvedBy(), f.waiver().expires());
  }

  /**
   * Why a proposal FAILs, in one line: each mandatory target missed, with its figure and what it
   * requires ("fails on: CQ2012-CHEM-GAS-YIELD (12 yuan/m³, required ≥ 25 yuan/m³)").
   */
  public String failsOn(List<Finding> failing) {
    return messages.get("text.failsOn", failing.stream()
        .map(f -> messages.get("text.failsOnItem", f.ruleId(), actual(f), required(f)))
        .collect(java.util.stream.Collectors.joining("; ")));
  }

  /** A short explanation for a table cell: the metric, or why there is no figure. */
  public String brief(Finding f) {
    String waiver = waiver(f);
    return waiver.isEmpty() ? briefOf(f) : briefOf(f) + " · " + waiver;
  }

  private String briefOf(Finding f) {
    boolean zh = messages.language().chinese();
    return switch (f.status()) {
      case NOT_APPLICABLE -> f.notApplicable() == NotApplicable.OUT_OF_SCOPE
          ? f.rule().scope(zh) : messages.get("text.na." + f.notApplicable().name());
      case MISSING_DATA -> missingBrief(f);
      case WAIVED -> f.waived() == Status.MISSING_DATA ? missingBrief(f) : f.metric().label(zh);
      default -> f.metric().label(zh);
    };
  }

  private String missingBrief(Finding f) {
    return f.zeroDivisor() != null
        ? messages.get("text.zeroDivisor", f.zeroDivisor())
        : messages.get("text.missing", String.join(", ", f.missingFields()));
  }

  /** A sentence saying what was found, for the JSON report and other full-text formats. */
  public String message(Finding f) {
    String waiver = waiver(f);
    return waiver.isEmpty() ? messageOf(f) : messageOf(f) + " · " + waiver;
  }

  private String messageOf(Finding f) {
    boolean zh = messages.language().chinese();
    if (f.status() == Status.NOT_APPLICABLE) {
      return f.notApplicable() == NotApplicable.OUT_OF_SCOPE
          ? messages.get("finding.notApplicable", f.rule().scope(zh))
          : messages.get("finding.notApplicableBecause",
              messages.get("text.na." + f.notApplicable().name()));
    }
    Status status = f.status() == Status.WAIVED ? f.waived() : f.status();
    if (status == Status.MISSING_DATA && f.scopeUndecided()) {
      return messages.get("finding.scopeUndecided", f.ruleId(),
          String.join(", ", f.missingFields()));
    }
    String metric = f.metric().label(zh);
    if (status == Status.MISSING_DATA) {
      return f.zeroDivisor() != null
          ? messages.get("finding.zeroDivisor", metric, f.zeroDivisor())
          : messages.get("finding.missingData", metric, String.join(", ", f.missingFields()));
    }
    boolean met = f.status() == Status.PASS;
    Comparator comparator = f.comparator();
    return switch (comparator) {
      case IS_TRUE -> messages.get(met ? "finding.flag.met" : "finding.flag.missed", metric);
      case CONTAINS -> messages.get(met ? "finding.contains.met" : "finding.contains.missed",
          f.requiredText(), actual(f));
      case PRESENT -> messages.get(met ? "finding.present.met" : "finding.present.missed",
          f.actualText());
      case DESIGNATED -> messages.get(met ? "finding.designated.met" : "finding.designated.missed",
          f.actualText(), f.requiredText());
      default -> messages.get(met ? "finding.met" : "finding.missed", metric, actual(f),
          comparator.symbol(), FigureFormat.forPeople(f.required(), null, unit(f)));
    };
  }
}
