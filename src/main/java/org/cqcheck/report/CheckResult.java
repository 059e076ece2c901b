package org.cqcheck.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cqcheck.engine.Finding;
import org.cqcheck.input.InputError;
import org.cqcheck.input.Position;
import org.cqcheck.model.Proposal;

/**
 * The result of checking one proposal: its findings ordered by rule id, or the errors that kept it
 * from being checked. Immutable.
 *
 * @param file the input file, as named on the command line or by the caller
 * @param location JSON pointer of the proposal within the file ("" unless the file is an array)
 * @param proposalId the proposal's id, when it could be read
 * @param title the proposal's title, when given
 * @param asOf the date that selected the targets in force; null when the proposal was not read
 * @param verdict the verdict
 * @param findings one per rule in force, ordered by rule id; empty on ERROR
 * @param errors why the proposal could not be checked; empty unless ERROR
 * @param warnings what was read but not understood, such as unknown fields
 * @param positions where each field of the proposal is in its file, by dotted path; empty for a
 *     proposal built in memory
 * @param proposal the proposal that was checked; null when it could not be read
 */
public record CheckResult(
    String file,
    String location,
    String proposalId,
    String title,
    LocalDate asOf,
    Verdict verdict,
    List<Finding> findings,
    List<InputError> errors,
    List<InputError> warnings,
    Map<String, Position> positions,
    Proposal proposal) {

  public CheckResult {
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    positions = Map.copyOf(positions);
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

  public static CheckResult checked(String file, String location, Proposal proposal,
      LocalDate asOf, List<Finding> findings, List<InputError> warnings,
      Map<String, Position> positions) {
    return new CheckResult(file, location, proposal.id(), proposal.title(), asOf,
        Verdict.of(findings), findings, List.of(), warnings, positions, proposal);
  }

  /** A proposal that was read and validated, but not evaluated ({@code cqcheck validate}). */
  public static CheckResult valid(
      String file, String location, Proposal proposal, List<InputError> warnings) {
    return new CheckResult(file, location, proposal.id(), proposal.title(), null, Verdict.VALID,
        List.of(), List.of(), warnings, Map.of(), proposal);
  }

  public static CheckResult error(
      String file, String location, String proposalId, LocalDate asOf, List<InputError> errors,
      List<InputError> warnings) {
    return new CheckResult(file, location, proposalId, null, asOf, Verdict.ERROR, List.of(), errors,
        warnings, Map.of(), null);
  }
}
