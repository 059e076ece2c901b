package org.cqcheck.internal.input;

import java.util.List;
import java.util.Map;
import org.cqcheck.input.InputError;
import org.cqcheck.input.Position;
import org.cqcheck.model.IndicatorReport;
import org.cqcheck.model.Proposal;

/**
 * What one input file holds: one or more proposals, each read or refused. A file that cannot be
 * read or parsed at all holds one entry with the file-level errors.
 */
public record ProposalFile(String file, List<Entry> entries) {

  public ProposalFile {
    entries = List.copyOf(entries);
  }

  /**
   * One proposal of the file.
   *
   * @param location JSON pointer of the proposal in the file ("" for a single proposal, "/2" for
   *     the third of an array)
   * @param proposalId the id written in the proposal, when there is one
   * @param proposal the proposal read; null when {@code errors} is not empty
   * @param errors everything that keeps it from being checked, in file order
   * @param warnings what was read but not understood (unknown fields), in file order
   * @param positions where each field of the proposal is in the file, by dotted path
   *     ("annual.employees"), for reports that point at lines
   */
  public record Entry(
      String location, String proposalId, Proposal proposal, List<InputError> errors,
      List<InputError> warnings, Map<String, Position> positions, IndicatorReport report,
      boolean isIndicatorReport) {
    public Entry {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
      positions = Map.copyOf(positions);
    }

    /** A proposal's entry: the proposal when it is valid, else null and the errors. */
    public Entry(String location, String proposalId, Proposal proposal, List<InputError> errors,
        List<InputError> warnings, Map<String, Position> positions) {
      this(location, proposalId, proposal, errors, warnings, positions, null, false);
    }

    /**
     * An indicator report's entry ({@code kind: indicator-report}): the report when it is valid,
     * else null and the errors.
     */
    public static Entry ofReport(String location, String reportId, IndicatorReport report,
        List<InputError> errors, List<InputError> warnings, Map<String, Position> positions) {
      return new Entry(location, reportId, null, errors, warnings, positions, report, true);
    }

    static Entry failed(String location, String proposalId, List<InputError> errors) {
      return new Entry(location, proposalId, null, errors, List.of(), Map.of());
    }
  }
}
