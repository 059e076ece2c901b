package org.cqcheck.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads proposal files (JSON or YAML, proposal format version 1) into {@link ProposalFile}s. Never
 * throws for bad input: every problem becomes an {@link InputError} with its location, and all
 * problems of a proposal are reported together.
 *
 * <p>YAML is parsed by SnakeYAML's event parser underneath Jackson, which builds no Java objects
 * from the document, so type tags cannot instantiate classes. Immutable and thread-safe.
 */
public final class ProposalReader {

  private final ObjectMapper json;
  private final ObjectMapper yaml;

  public ProposalReader() {
    this.json = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(false);
    loader.setMaxAliasesForCollections(50);
    this.yaml = YAMLMapper.builder(YAMLFactory.builder().loaderOptions(loader).build())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .build();
  }

  /** Reads {@code file}; its format is chosen by extension. */
  public ProposalFile read(Path file) {
    String name = file.toString();
    InputFormat format = InputFormat.of(file).orElse(null);
    if (format == null) {
      return failed(name, InputError.of(InputError.Kind.UNKNOWN_EXTENSION, "", ".json, .yaml, .yml"));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      return failed(name, InputError.of(InputError.Kind.UNREADABLE, "", describe(e)));
    }
    return read(name, bytes, format);
  }

  /** Reads proposals held in memory; {@code name} names them in reports. */
  public ProposalFile read(String name, byte[] bytes, InputFormat format) {
    String text;
    try {
      text = decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      return failed(name, InputError.of(InputError.Kind.NOT_UTF8, ""));
    }
    if (text.isBlank()) {
      return failed(name, InputError.of(InputError.Kind.EMPTY, ""));
    }
    JsonNode root;
    try {
      root = (format == InputFormat.JSON ? json : yaml).readTree(text);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      return failed(name, InputError.of(InputError.Kind.SYNTAX, "",
          e.getOriginalMessage(),
          at == null ? "?" : String.valueOf(at.getLineNr()),
          at == null ? "?" : String.valueOf(at.getColumnNr())));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return failed(name, InputError.of(InputError.Kind.EMPTY, ""));
    }
    List<ProposalFile.Entry> entries = new ArrayList<>();
    if (root.isArray()) {
      if (root.isEmpty()) {
        return failed(name, InputError.of(InputError.Kind.NO_PROPOSALS_IN_FILE, ""));
      }
      for (int i = 0; i < root.size(); i++) {
        entries.add(ProposalMapper.map(root.get(i), "/" + i));
      }
    } else {
      entries.add(ProposalMapper.map(root, ""));
    }
    return new ProposalFile(name, entries);
  }

  private static ProposalFile failed(String name, InputError error) {
    return new ProposalFile(name, List.of(new ProposalFile.Entry("", null, null, List.of(error))));
  }

  /** Strict UTF-8, so that a GBK file is refused rather than read as mojibake; a BOM is dropped. */
  private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
