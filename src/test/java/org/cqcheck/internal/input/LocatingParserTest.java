package org.cqcheck.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parser's own pointers are Jackson's, at the place the field (or element) starts. */
class LocatingParserTest {

  private static final String JSON = """
      [{"id": "A", "annual": {"employees": 3, "valueAddedYuan": null},
        "certifications": ["ISO9001", {"deep": [[1, 2], {"x~/y": true}]}],
        "a/b": {"c~d": [[]]}, "empty": {}},
       [1, {"k": "v"}], "scalar", {}]
      """;

  private static final String YAML = """
      id: A
      annual:
        employees: 3
        list:
          - one
          - nested: {x: 1, y: [2, 3]}
      "a/b": {"c~d": [[], {}]}
      """;

  @Test
  void pointersAndPlacesMatchJacksonsOwnPathsInJson() throws IOException {
    JsonFactory json = new JsonFactory();
    Map<String, List<Integer>> jackson = expected(json.createParser(JSON));
    assertThat(jackson)
        .containsKeys("", "/0/certifications/1/deep/1/x~0~1y", "/0/a~1b/c~0d/0", "/1/1/k", "/2");
    assertThat(locations(new LocatingParser(json.createParser(JSON), true), jackson)).isEqualTo(jackson);
  }

  @Test
  void pointersAndPlacesMatchJacksonsOwnPathsInYaml() throws IOException {
    YAMLFactory yaml = new YAMLFactory();
    Map<String, List<Integer>> jackson = expected(yaml.createParser(YAML));
    assertThat(jackson).containsKeys("/annual/list/1/nested/y/1", "/a~1b/c~0d/1");
    assertThat(locations(new LocatingParser(yaml.createParser(YAML), true), jackson)).isEqualTo(jackson);
  }

  private static Map<String, List<Integer>> locations(LocatingParser parser,
      Map<String, List<Integer>> wanted) throws IOException {
    while (parser.nextToken() != null) {
      // read it all
    }
    Map<String, List<Integer>> found = new HashMap<>();
    for (String pointer : wanted.keySet()) {
      int[] at = parser.location(pointer);
      found.put(pointer, at == null ? null : List.of(at[0], at[1]));
    }
    return found;
  }

  /** The first place of every pointer, as Jackson's path of each token says. */
  private static Map<String, List<Integer>> expected(JsonParser parser) throws IOException {
    Map<String, List<Integer>> first = new HashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (!token.isStructEnd()) {
        JsonLocation at = parser.currentTokenLocation();
        first.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
            List.of(at.getLineNr(), at.getColumnNr()));
      }
    }
    return first;
  }
}
