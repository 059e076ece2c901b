package org.cqcheck.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cqcheck.engine.Finding;
import org.cqcheck.engine.Remedies;
import org.cqcheck.engine.Remedy;
import org.cqcheck.engine.ZoneTable;
import org.cqcheck.input.InputError;
import org.cqcheck.input.Position;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Proposal;

/**
 * The result of checking one proposal: its findings ordered by rule id, or the errors that kept it
 * from being checked. Immutable.
 *
 * <p>Made by the checker through its factories; read through the accessors, which stay as fields
 * are added.
 */
public final class CheckResult {

  private final String file;
  private final String location;
  private final String proposalId;
  private final String title;
  private final LocalDate asOf;
  private final Verdict verdict;
  private final List<Finding> findings;
  private final List<InputError> errors;
  private final List<InputError> warnings;
  private final Map<String, Position> positions;
  private final Proposal proposal;
  /** The zone table of the rules that checked it, for remedies; not part of equality. */
  private final ZoneTable zones;
  private final IndicatorReport indicatorReport;
  private final boolean ofIndicatorReport;

  private CheckResult(String file, String location, String proposalId, String title,
      LocalDate asOf, Verdict verdict, List<Finding> findings, List<InputError> errors,
      List<InputError> warnings, Map<String, Position> positions, Proposal proposal,
      ZoneTable zones, IndicatorReport indicatorReport, boolean ofIndicatorReport) {
    this.file = file;
    this.location = location;
    this.proposalId = proposalId;
    this.title = title;
    this.asOf = asOf;
    this.verdict = verdict;
    this.findings = List.copyOf(findings);
    this.errors = List.copyOf(errors);
    this.warnings = List.copyOf(warnings);
    this.positions = Map.copyOf(positions);
    this.proposal = proposal;
    this.zones = zones;
    this.indicatorReport = indicatorReport;
    this.ofIndicatorReport = ofIndicatorReport;
  }

  /**
   * What would pass {@code finding}, one of this result's findings: each {@link Remedy} a single
   * change to the proposal, the rest as it is (see {@link Remedies#of}); empty for a finding that
   * passes or does not apply.
   */
  /**
   * Whether this is the scorecard of an indicator report (or an indicator report in error),
   * rather than a proposal's result.
   */
  public boolean isIndicatorReport() {
    return ofIndicatorReport;
  }

  /** The indicator report this scorecard checked; empty for a proposal or an input in error. */
  public Optional<IndicatorReport> indicatorReport() {
    return Optional.ofNullable(indicatorReport);
  }

  public List<Remedy> remedies(Finding finding) {
    return proposal == null ? List.of() : Remedies.of(finding, proposal, zones);
  }

  /** The input file, as named on the command line or by the caller. */
  public String file() {
    return file;
  }

  /** JSON pointer of the proposal within the file ("" unless the file is an array). */
  public String location() {
    return location;
  }

  /** The proposal's id, when it could be read. */
  public String proposalId() {
    return proposalId;
  }

  /** The proposal's title, when given. */
  public String title() {
    return title;
  }

  /** The date that selected the targets in force; null when the proposal was not read. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The verdict. */
  public Verdict verdict() {
    return verdict;
  }

  /** One finding per rule in force, ordered by rule id; empty on ERROR. */
  public List<Finding> findings() {
    return findings;
  }

  /** Why the proposal could not be checked; empty unless ERROR. */
  public List<InputError> errors() {
    return errors;
  }

  /** What was read but not understood, such as unknown fields. */
  public List<InputError> warnings() {
    return warnings;
  }

  /**
   * Where each field of the proposal is in its file, by dotted path; empty for a proposal built
   * in memory.
   */
  public Map<String, Position> positions() {
    return positions;
  }

  /** The proposal that was checked; null when it could not be read. */
  public Proposal proposal() {
    return proposal;
  }

  /**
   * What the applicant must supply before the proposal can be decided: the fields the mandatory
   * rules lack (see {@link MissingItem}); empty unless the verdict is INCOMPLETE or FAIL.
   */
  public List<MissingItem> toSupply() {
    return MissingItem.of(findings);
  }

  /** Where {@code field} (a dotted path) or its nearest enclosing field is in the file, if known. */
  public Optional<Position> positionOf(String field) {
    for (String f = field; !f.isEmpty(); f = f.contains(".") ? f.substring(0, f.lastIndexOf('.')) : "") {
      Position p = positions.get(f);
      if (p != null) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** A proposal checked on {@code asOf}: its verdict follows from the findings. */
  public static CheckResult checked(String file, String location, Proposal proposal,
      LocalDate asOf, List<Finding> findings, List<InputError> warnings,
      Map<String, Position> positions, ZoneTable zones) {
    return new CheckResult(file, location, proposal.id(), proposal.title(), asOf,
        Verdict.of(findings), findings, List.of(), warnings, positions, proposal, zones, null,
        false);
  }

  /** A proposal that was read and validated, but not evaluated ({@code cqcheck validate}). */
  public static CheckResult valid(
      String file, String location, Proposal proposal, List<InputError> warnings) {
    return new CheckResult(file, location, proposal.id(), proposal.title(), null, Verdict.VALID,
        List.of(), List.of(), warnings, Map.of(), proposal, null, null, false);
  }

  /** An input that could not be checked, for {@code errors}. */
  public static CheckResult error(
      String file, String location, String proposalId, LocalDate asOf, List<InputError> errors,
      List<InputError> warnings) {
    return new CheckResult(file, location, proposalId, null, asOf, Verdict.ERROR, List.of(), errors,
        warnings, Map.of(), null, null, null, false);
  }

  /**
   * The scorecard of an indicator report: every aggregate target's finding, and the verdict of
   * INDICATOR-FORMAT.md ({@link Verdict#ofTargets}).
   *
   * @param file the file read, or a name for a report built in memory
   * @param location where in the file (a JSON Lines line), or empty
   * @param report the report checked
   * @param findings one per target of the catalogue, in id order
   * @param warnings the input's warnings
   * @param positions where each field of the file is, by dotted path
   */
  public static CheckResult scored(String file, String location, IndicatorReport report,
      List<Finding> findings, List<InputError> warnings, Map<String, Position> positions) {
    return new CheckResult(file, location, report.id(), report.title(), null,
        Verdict.ofTargets(findings), findings, List.of(), warnings, positions, null, null, report,
        true);
  }

  /** An indicator report that could not be read or is invalid. */
  public static CheckResult reportError(String file, String location, String reportId,
      List<InputError> errors, List<InputError> warnings) {
    return new CheckResult(file, location, reportId, null, null, Verdict.ERROR, List.of(),
        errors, warnings, Map.of(), null, null, null, true);
  }

  /** A valid indicator report ({@code validate}). */
  public static CheckResult validReport(String file, String location, IndicatorReport report,
      List<InputError> warnings) {
    return new CheckResult(file, location, report.id(), report.title(), null, Verdict.VALID,
        List.of(), List.of(), warnings, Map.of(), null, null, report, true);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CheckResult r && Objects.equals(file, r.file)
        && Objects.equals(location, r.location) && Objects.equals(proposalId, r.proposalId)
        && Objects.equals(title, r.title) && Objects.equals(asOf, r.asOf) && verdict == r.verdict
        && findings.equals(r.findings) && errors.equals(r.errors) && warnings.equals(r.warnings)
        && positions.equals(r.positions) && Objects.equals(proposal, r.proposal)
        && Objects.equals(indicatorReport, r.indicatorReport)
        && ofIndicatorReport == r.ofIndicatorReport;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, location, proposalId, verdict, findings, errors);
  }

  @Override
  public String toString() {
    return "CheckResult[" + file + (location.isEmpty() ? "" : location) + " " + proposalId + " "
        + verdict + ", " + findings.size() + " findings, " + errors.size() + " errors]";
  }
}
