package org.cqcheck.internal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cqcheck.engine.Comparator;
import org.cqcheck.engine.Evidence;
import org.cqcheck.engine.Horizon;
import org.cqcheck.engine.Target;
import org.cqcheck.model.FigureBasis;
import org.cqcheck.model.ReportedFigure;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.NotApplicable;
import org.cqcheck.engine.Remedy;
import org.cqcheck.engine.Status;
import org.cqcheck.engine.ZoneTable;
import org.cqcheck.report.Consequence;
import org.cqcheck.model.Coded;
import org.cqcheck.model.Field;
import org.cqcheck.model.Subsector;

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
    Evidence evidence = f.evidence();
    if (evidence instanceof Evidence.Reading reading) {
      return figure(reading.figure());
    }
    if (evidence instanceof Evidence.Unreported) {
      return "—";
    }
    if (evidence instanceof Evidence.Comparison c) {
      return FigureFormat.forPeople(c.actual(), c.required(), unit(f));
    }
    if (evidence instanceof Evidence.Flag flag) {
      // A yes-or-no figure in the reader's words: "yes" / "是", not the field's true.
      return messages.get(flag.value() ? "text.yes" : "text.no");
    }
    if (evidence instanceof Evidence.Codes codes) {
      return codes.held().isEmpty()
          ? messages.get("finding.none") : String.join(", ", codes.held());
    }
    if (evidence instanceof Evidence.Name name) {
      return name.value() == null || name.value().isEmpty()
          ? messages.get("finding.none") : name.value();
    }
    if (evidence instanceof Evidence.Designation d) {
      return industry(d);
    }
    return "—";
  }

  /** The requirement: comparator and threshold with unit, such as "≥ 25 yuan/m³". */
  public String required(Finding f) {
    if (f.rule().isTarget()) {
      Target target = f.rule().target().orElseThrow();
      return target.comparator().symbol() + " " + target.written();
    }
    if (f.comparator() == null) {
      return "";
    }
    if (f.required() != null) {
      return f.comparator().symbol() + " " + FigureFormat.forPeople(f.required(), null, unit(f));
    }
    Evidence evidence = f.evidence();
    if (evidence instanceof Evidence.Codes codes) {
      return "∋ " + codes.required();
    }
    if (evidence instanceof Evidence.Designation d) {
      return "∈ " + d.zones().stream().map(ZoneTable.Zone::name)
          .collect(Collectors.joining(", "));
    }
    return switch (f.comparator()) {
      case IS_TRUE -> "= " + messages.get("text.yes");
      case PRESENT -> messages.language().chinese() ? "园区内" : "in a park";
      default -> f.comparator().symbol();
    };
  }

  private String unit(Finding f) {
    return FigureFormat.unitFor(f.unit(), messages.language());
  }

  /**
   * The proposal's industry as a zone designation reads it: sector, subsector, and whether a whole
   * machine ("automotive/vehicles (whole machine)", "汽车/整车（整车）").
   */
  public String industry(Evidence.Designation d) {
    return label(d.sector()) + (d.subsector() == null ? "" : "/" + label(d.subsector()))
        + (d.wholeMachine() ? messages.get("text.wholeMachine") : "");
  }

  /**
   * The zones of a designation, each with the industries it designates: "两江新区 (automotive,
   * electronics); ...", in the reader's words.
   */
  public String zones(Evidence.Designation d) {
    return d.zones().stream()
        .map(z -> z.name() + " (" + z.designates().stream().map(this::designation)
            .collect(Collectors.joining(", ")) + ")")
        .collect(Collectors.joining("; "));
  }

  /**
   * One designated industry, such as {@code consumer[medical-devices,pharmaceutical]} or {@code
   * automotive[components]}; in Chinese, 消费品[医疗器械,医药].
   */
  private String designation(ZoneTable.Designation d) {
    List<String> qualifiers = new ArrayList<>(d.subsectors().stream()
        .sorted(java.util.Comparator.comparing(Subsector::code)).map(this::label).toList());
    if (Boolean.FALSE.equals(d.wholeMachine())) {
      qualifiers.add(messages.get("text.components"));
    }
    return label(d.sector())
        + (qualifiers.isEmpty() ? "" : "[" + String.join(",", qualifiers) + "]");
  }

  private String label(Coded code) {
    return messages.language().chinese() ? code.labelZh() : code.code();
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
        .collect(java.util.stream.Collectors.joining(messages.get("text.listSeparator"))));
  }

  /**
   * Why a proposal WARNs, in one line: each advisory target missed or lacking data ("warns on:
   * CQ2012-ROE (5%, required ≥ 10%)"), in the order of {@code findings}.
   */
  public String warnsOn(List<Finding> findings) {
    return messages.get("html.warnsOn", findings.stream()
        .filter(f -> Consequence.of(f) == Consequence.WARNS)
        .map(f -> f.status() == Status.WARN
            ? messages.get("text.failsOnItem", f.ruleId(), actual(f), required(f))
            : messages.get("html.warnsOnMissing", f.ruleId(), brief(f)))
        .collect(Collectors.joining(messages.get("text.listSeparator"))));
  }

  /** A short explanation for a table cell: the metric, or why there is no figure. */
  public String brief(Finding f) {
    String waiver = waiver(f);
    return waiver.isEmpty() ? briefOf(f) : briefOf(f) + " · " + waiver;
  }

  private String briefOf(Finding f) {
    boolean zh = messages.language().chinese();
    if (f.rule().isTarget()) {
      String indicator = f.rule().target().orElseThrow().indicator();
      return switch (f.status()) {
        case NOT_APPLICABLE -> whyNot(f);
        case MISSING_DATA -> messages.get("text.target.unreported", indicator);
        default -> indicator;
      };
    }
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
    if (f.rule().isTarget()) {
      return targetMessage(f);
    }
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
          ((Evidence.Codes) f.evidence()).required(), actual(f));
      case PRESENT -> messages.get(met ? "finding.present.met" : "finding.present.missed",
          ((Evidence.Name) f.evidence()).value());
      case DESIGNATED -> {
        Evidence.Designation d = (Evidence.Designation) f.evidence();
        yield messages.get(met ? "finding.designated.met" : "finding.designated.missed",
            industry(d), zones(d));
      }
      default -> messages.get(met ? "finding.met" : "finding.missed", metric, actual(f),
          comparator.symbol(), FigureFormat.forPeople(f.required(), null, unit(f)));
    };
  }

  /**
   * What a finding weighs: a project rule's severity, or for an aggregate target its horizon or
   * span ("target for 2015").
   */
  public String weight(Finding f) {
    return f.rule().horizon().filter(h -> f.rule().isTarget())
        .map(h -> messages.get("text.target.horizon",
            h.span() ? h.from() + "-" + h.to() : String.valueOf(h.to())))
        .orElseGet(() -> messages.get("text.severity." + f.rule().severity().name()));
  }

  /** For a target decided by a quoted figure: the report's own words, else empty. */
  public String figureQuote(Finding f) {
    if (f.evidence() instanceof Evidence.Reading reading && reading.figure().quote() != null) {
      return messages.get("text.target.figureQuote", reading.figure().quote());
    }
    return "";
  }

  /** A scorecard's finding: the figure against the target, or why there is none to compare. */
  private String targetMessage(Finding f) {
    String indicator = f.rule().target().orElseThrow().indicator();
    Evidence evidence = f.evidence();
    if (evidence instanceof Evidence.Reading reading) {
      String estimate = reading.onEstimate() ? messages.get("finding.target.onEstimate") : "";
      return switch (f.status()) {
        case PASS -> messages.get("finding.target.met", indicator, actual(f), required(f),
            estimate);
        case FAIL -> messages.get("finding.target.missed", indicator, actual(f), required(f),
            estimate);
        default -> messages.get("finding.target.undecided", indicator, actual(f), required(f));
      };
    }
    if (evidence instanceof Evidence.Unreported) {
      return messages.get("finding.target.unreported", indicator, required(f));
    }
    return messages.get("finding.notApplicableBecause", whyNot(f));
  }

  /** Why an aggregate target does not apply: its horizon, span or region is not the report's. */
  private String whyNot(Finding f) {
    Horizon horizon = f.rule().horizon().orElseThrow();
    NotApplicable reason = f.notApplicable();
    String which = switch (reason) {
      case OTHER_YEAR -> String.valueOf(horizon.to());
      case OTHER_SPAN -> horizon.from() + "-" + horizon.to();
      default -> region(horizon);
    };
    String why = messages.get("text.na." + reason.name(), which);
    if (f.evidence() instanceof Evidence.Progress progress) {
      return why + messages.get("text.target.progress", figure(progress.figure()),
          FigureFormat.forPeople(progress.share(), null, "ratio"),
          f.rule().target().orElseThrow().written());
    }
    return why;
  }

  private String region(Horizon horizon) {
    return horizon.regionName().orElse(messages.language().chinese() ? "重庆市" : "the city");
  }

  /** A reported figure as the file writes it, with what its basis says of it ("at least …"). */
  public String figure(ReportedFigure figure) {
    return figure.basis() == FigureBasis.EXACT ? figure.written()
        : messages.get("text.basis." + figure.basis().name(), figure.written());
  }

  /**
   * What would pass, as one sentence: "would pass: annual.outputValueYuan ≥ 37,500,000,000 yuan,
   * or annual.naturalGasM3 ≤ 1,200,000,000 m³"; empty when there is nothing to say.
   */
  public String remedy(List<Remedy> remedies) {
    // Missing data is not a miss to mend but a check to make possible: every field is needed.
    List<String> supply = remedies.stream().filter(Remedy.Supply.class::isInstance)
        .map(this::remedy).toList();
    if (!supply.isEmpty()) {
      return messages.get("remedy.supplyLine", String.join(messages.get("remedy.and"), supply));
    }
    List<String> passing = remedies.stream().filter(r -> !(r instanceof Remedy.NoValue))
        .map(this::remedy).toList();
    List<String> none = remedies.stream().filter(Remedy.NoValue.class::isInstance)
        .map(Remedy::field).toList();
    String line = passing.isEmpty() ? ""
        : messages.get("remedy.line", String.join(messages.get("remedy.or"), passing));
    if (none.isEmpty()) {
      return line;
    }
    String noValue = messages.get("remedy.noValue", String.join(", ", none));
    return line.isEmpty() ? noValue : line + messages.get("remedy.then") + noValue;
  }

  private String remedy(Remedy remedy) {
    if (remedy instanceof Remedy.Value v) {
      String value = figure(v.field(), v.value(), v.unit());
      return switch (v.comparator()) {
        case GREATER_THAN -> messages.get("remedy.more", v.field(), value);
        case LESS_THAN -> messages.get("remedy.less", v.field(), value);
        default -> messages.get("remedy.value", v.field(), v.comparator().symbol(), value);
      };
    }
    if (remedy instanceof Remedy.NoValue n) {
      return messages.get("remedy.noValue", n.field());
    }
    if (remedy instanceof Remedy.Supply s) {
      if (s.zero()) {
        return messages.get("remedy.supplyZero", s.field());
      }
      if (Field.byPath(s.field()).map(f -> f.kind() == Field.Kind.RATE).orElse(false)) {
        return messages.get("remedy.supplyRate", s.field());
      }
      String unit = unitOf(s.field(), s.unit());
      return unit == null ? s.field() : messages.get("remedy.supplyUnit", s.field(), unit);
    }
    Remedy.Choice c = (Remedy.Choice) remedy;
    if (c.field().equals(Field.CERTIFICATIONS.path())) {
      return messages.get("remedy.hold", String.join(", ", c.options()));
    }
    if (c.field().equals(Field.PARK.path())) {
      return c.options().isEmpty() ? messages.get("remedy.park", c.field())
          : messages.get("remedy.zones", String.join(", ", c.options()));
    }
    return messages.get("remedy.flag", c.field());
  }

  /** A remedy's value as reports show figures: rates as percentages, amounts grouped. */
  private String figure(String field, BigDecimal value, String unit) {
    if ("%".equals(unit)) {
      return FigureFormat.forPeople(value, null, "ratio");
    }
    return FigureFormat.forPeople(value, null, unitOf(field, unit));
  }

  /** The unit in the reader's language: 元 for yuan; a capacity's own unit as written. */
  private String unitOf(String field, String unit) {
    return Field.byPath(field)
        .filter(f -> f.kind() != Field.Kind.CAPACITY)
        .flatMap(f -> f.kind().unit(messages.language().chinese()))
        .orElse(unit);
  }
}
