package org.cqcheck.report;

import java.time.LocalDate;
import java.util.List;
import org.cqcheck.engine.Finding;
import org.cqcheck.input.InputError;

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
    List<InputError> warnings) {

  public CheckResult {
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public static CheckResult checked(
      String file, String location, String proposalId, String title, LocalDate asOf,
      List<Finding> findings, List<InputError> warnings) {
    return new CheckResult(file, location, proposalId, title, asOf, Verdict.of(findings), findings,
        List.of(), warnings);
  }

  /** A proposal that was read and validated, but not evaluated ({@code cqcheck validate}). */
  public static CheckResult valid(
      String file, String location, String proposalId, String title, List<InputError> warnings) {
    return new CheckResult(file, location, proposalId, title, null, Verdict.VALID, List.of(),
        List.of(), warnings);
  }

  public static CheckResult error(
      String file, String location, String proposalId, LocalDate asOf, List<InputError> errors,
      List<InputError> warnings) {
    return new CheckResult(file, location, proposalId, null, asOf, Verdict.ERROR, List.of(), errors,
        warnings);
  }
}
