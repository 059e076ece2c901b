package org.cqcheck.internal.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.cqcheck.input.Position;

/**
 * Where each JSON pointer of a file's text is (line and column): recorded while the file was read,
 * or, when it was not, found by reading the text again the first time an error needs a line.
 * Recording every token's place cost a tenth of reading a file, and most files are valid.
 */
final class FileLocations {

  private final String text;
  private final JsonFactory format;
  private Map<String, int[]> locations;

  private FileLocations(String text, JsonFactory format, Map<String, int[]> locations) {
    this.text = text;
    this.format = format;
    this.locations = locations;
  }

  /** What {@code parser} recorded as it read the file. */
  static FileLocations recorded(LocatingParser parser) {
    return new FileLocations(null, null, parser.locations());
  }

  /** Found when first asked, by reading {@code text}, which {@code format} parsed without error. */
  static FileLocations onDemand(String text, JsonFactory format) {
    return new FileLocations(text, format, null);
  }

  /** The line and column of the value or field at {@code pointer}; null when there is none. */
  int[] location(String pointer) {
    return table().get(pointer);
  }

  private Map<String, int[]> table() {
    if (locations == null) {
      try (LocatingParser parser = new LocatingParser(format.createParser(text), true)) {
        // One value, as the first reading took; whatever follows it was not read then either.
        int depth = 0;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
          if (depth == 0) {
            break;
          }
        }
        locations = parser.locations();
      } catch (IOException e) {
        throw new UncheckedIOException("a text read once without error failed the second time", e);
      }
    }
    return locations;
  }

  /**
   * The position of every field of every proposal, in one pass: keyed by the proposal's pointer
   * ("" for a file of one proposal, "/3" for the fourth of an array), then by the field's dotted
   * path within it.
   */
  Map<String, Map<String, Position>> positionsByProposal(boolean array) {
    Map<String, Map<String, Position>> byProposal = new HashMap<>();
    // Each field path interned: every proposal names the same few dozen fields, and a report that
    // keeps every result with its positions (SARIF, JSON, HTML) otherwise kept a copy of each path
    // per proposal, about a quarter of its memory. The JVM's string table drops the strings no
    // longer used, so paths of keys no schema knows do not pile up in a long run.
    table().forEach((pointer, at) -> {
      String base = "";
      String field = pointer;
      if (array) {
        int end = pointer.indexOf('/', 1);
        if (end < 0) {
          return;
        }
        base = pointer.substring(0, end);
        field = pointer.substring(end);
      }
      if (!field.isEmpty()) {
        byProposal.computeIfAbsent(base, b -> new HashMap<>())
            .put(ProposalSchema.dotted(field).intern(), new Position(at[0], at[1]));
      }
    });
    // Immutable once here, so that the entry and the result holding the map need not copy it.
    byProposal.replaceAll((base, positions) -> Map.copyOf(positions));
    return byProposal;
  }
}
