package org.cqcheck.internal.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.cqcheck.input.InputError;

/**
 * The published JSON Schema of proposal format version 1 (draft 2020-12), validated as every
 * input format's schema is ({@link DocumentSchema}): each violation becomes an {@link InputError} in
 * cqcheck's words.
 */
public final class ProposalSchema {

  /** Where the schema is, in the repository under src/main/resources and in the jar. */
  public static final String RESOURCE = "/cqcheck/proposal-v1.schema.json";

  /**
   * Where the schema of a proposal file is (one proposal, or a list of them), which refers to the
   * proposal schema by its {@code $id}.
   */
  public static final String FILE_RESOURCE = "/cqcheck/proposal-file-v1.schema.json";

  private final DocumentSchema schema = new DocumentSchema(RESOURCE, new DocumentSchema.Words(
      InputError.Kind.UNKNOWN_FIELD, InputError.Kind.UNKNOWN_FIELD_SUGGESTION,
      InputError.Kind.SCHEMA_VERSION));

  /** The schema is the same for every reader: it is loaded once, when first needed. */
  private static final class Shared {
    static final ProposalSchema SCHEMA = new ProposalSchema();
  }

  /** The schema, loaded once; thread-safe. */
  static ProposalSchema shared() {
    return Shared.SCHEMA;
  }

  /**
   * Loads the schema now, if it is not loaded yet, so that a later first read does not wait for it
   * (the command line does this on a second thread while it parses its arguments).
   */
  public static void load() {
    shared();
  }

  private ProposalSchema() {}

  /** The schema's text, as published. */
  public static String text() {
    return DocumentSchema.text(RESOURCE);
  }

  /** The text of the schema of a proposal file, as published. */
  public static String fileText() {
    return DocumentSchema.text(FILE_RESOURCE);
  }

  /** Every violation of the schema by {@code proposal}, in cqcheck's words; pointers are relative. */
  List<InputError> validate(JsonNode proposal) {
    return schema.validate(proposal);
  }

  static String dotted(String pointer) {
    return DocumentSchema.dotted(pointer);
  }
}
