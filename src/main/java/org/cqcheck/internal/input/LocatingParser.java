package org.cqcheck.internal.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.cqcheck.input.InputError;

/**
 * A parser that can remember where each field is (JSON pointer → line and column), so that errors
 * found later on the tree can name the line; and that refuses what a proposal never needs and an
 * attack does: YAML type tags (gadget payloads such as {@code !!javax.script.ScriptEngineManager})
 * and YAML anchors and aliases (the billion-laughs bomb; Jackson would read an alias as the
 * anchor's name, silently).
 */
final class LocatingParser extends JsonParserDelegate {

  /** A construct refused while parsing, with where it is. */
  static final class Refused extends RuntimeException {
    final InputError error;

    Refused(InputError error) {
      super(error.kind().name(), null, false, false);
      this.error = error;
    }
  }

  private final Map<String, int[]> locations = new HashMap<>();
  /** The pointers of the objects and arrays open at the current token, innermost last. */
  private final ArrayDeque<String> open = new ArrayDeque<>();
  /** The pointer of the last field name read. */
  private String lastField = "";
  private final YAMLParser yaml;
  /** Whether to record where each pointer is; refusing YAML constructs is done either way. */
  private final boolean recording;

  /**
   * @param recording whether to record where each field is (see {@link #locations}); a first
   *     reading does not, and {@link FileLocations} reads the text again, recording, when asked
   */
  LocatingParser(JsonParser parser, boolean recording) {
    super(parser);
    this.yaml = parser instanceof YAMLParser y ? y : null;
    this.recording = recording;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = super.nextToken();
    if (token == null) {
      return null;
    }
    if (yaml != null) {
      refuseYamlConstructs();
    }
    if (!recording) {
      return token;
    }
    if (token.isStructEnd()) {
      open.pollLast();
      return token;
    }
    // The first token at a pointer is where its field is: the field name in an object, the value
    // itself in an array or at the root; a value after its field name shares the name's pointer.
    // Pointers are built here from the open containers' pointers: asking Jackson for each token's
    // path was a good part of parsing.
    JsonStreamContext context = delegate.getParsingContext();
    String pointer;
    boolean itsOwnPlace;
    if (token == JsonToken.FIELD_NAME) {
      pointer = open.peekLast() + "/" + escaped(context.getCurrentName());
      lastField = pointer;
      itsOwnPlace = true;
    } else {
      JsonStreamContext enclosing = token.isStructStart() ? context.getParent() : context;
      if (enclosing == null || enclosing.inRoot()) {
        pointer = "";
        itsOwnPlace = true;
      } else if (enclosing.inArray()) {
        pointer = open.peekLast() + "/" + enclosing.getCurrentIndex();
        itsOwnPlace = true;
      } else {
        pointer = lastField;
        itsOwnPlace = false;
      }
      if (token.isStructStart()) {
        open.addLast(pointer);
      }
    }
    if (itsOwnPlace) {
      JsonLocation at = delegate.currentTokenLocation();
      locations.putIfAbsent(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
    }
    return token;
  }

  /** A field name as a JSON pointer segment (RFC 6901). */
  private static String escaped(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0
        ? name
        : name.replace("~", "~0").replace("/", "~1");
  }

  private void refuseYamlConstructs() throws IOException {
    String tag = yaml.getTypeId();
    boolean alias = yaml.isCurrentAlias() || yaml.getObjectId() != null;
    if (tag == null && !alias) {
      return;
    }
    String pointer = currentPointer();
    JsonLocation at = delegate.currentTokenLocation();
    InputError error = tag != null
        ? InputError.of(InputError.Kind.YAML_TAG, pointer, tag)
        : InputError.of(InputError.Kind.YAML_ALIAS, pointer);
    throw new Refused(error.at(at.getLineNr(), at.getColumnNr()));
  }

  /** The pointer of the token being parsed, for errors the parser raises there. */
  String currentPointer() {
    return delegate.getParsingContext().pathAsPointer().toString();
  }

  /** What was recorded: the line and column of each JSON pointer read. */
  Map<String, int[]> locations() {
    return locations;
  }

  /** Where the field at {@code pointer} is, or {@code null} when unknown. */
  int[] location(String pointer) {
    return locations.get(pointer);
  }
}
