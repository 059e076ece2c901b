package org.cqcheck.internal.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.cqcheck.input.InputError;

/**
 * The published JSON Schema of indicator report format version 1 (docs/INDICATOR-FORMAT.md, draft
 * 2020-12), validated as every input format's schema is ({@link DocumentSchema}). It says the shape
 * of a report; the indicator keys, the units of values and the ranges of shares are checked by
 * {@link IndicatorReportMapper}, which knows the vocabulary.
 */
public final class IndicatorReportSchema {

  /** Where the schema is, in the repository under src/main/resources and in the jar. */
  public static final String RESOURCE = "/cqcheck/indicator-report.schema.json";

  /** The {@code kind} of a document that is an indicator report. */
  public static final String KIND = "indicator-report";

  private final DocumentSchema schema = new DocumentSchema(RESOURCE, new DocumentSchema.Words(
      InputError.Kind.UNKNOWN_REPORT_FIELD, InputError.Kind.UNKNOWN_REPORT_FIELD_SUGGESTION,
      InputError.Kind.REPORT_SCHEMA_VERSION));

  /** Loaded once, when the first report is read. */
  private static final class Shared {
    static final IndicatorReportSchema SCHEMA = new IndicatorReportSchema();
  }

  /** The schema, loaded once; thread-safe. */
  static IndicatorReportSchema shared() {
    return Shared.SCHEMA;
  }

  /**
   * Loads the schema now, if it is not loaded yet, so that a later first read does not wait for it
   * ({@code cqcheck scorecard} does this on a second thread while it parses its arguments).
   */
  public static void load() {
    shared();
  }

  private IndicatorReportSchema() {}

  /** The schema's text, as published. */
  public static String text() {
    return DocumentSchema.text(RESOURCE);
  }

  /** Every violation of the schema by {@code report}, in cqcheck's words; pointers are relative. */
  List<InputError> validate(JsonNode report) {
    return schema.validate(report);
  }
}
