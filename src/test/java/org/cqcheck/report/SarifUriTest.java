package org.cqcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** File names as SARIF URIs: valid references that decode back to the name. */
class SarifUriTest {

  @Test
  void plainRelativePathsAreUnchanged() {
    assertThat(SarifRenderer.uri("examples/chemical-mdi-changshou-2013.json"))
        .isEqualTo("examples/chemical-mdi-changshou-2013.json");
    assertThat(SarifRenderer.uri("dir\\sub\\a_b~c.yaml")).isEqualTo("dir/sub/a_b~c.yaml");
  }

  @Test
  void anythingElseIsPercentEncodedAsUtf8() {
    assertThat(SarifRenderer.uri("my proposals/长寿 #1.json"))
        .isEqualTo("my%20proposals/%E9%95%BF%E5%AF%BF%20%231.json");
    assertThat(SarifRenderer.uri("<stdin>")).isEqualTo("%3Cstdin%3E");
    assertThat(SarifRenderer.uri("<stdin>:12")).isEqualTo("%3Cstdin%3E%3A12");
  }

  @Test
  void everyResultIsAValidReferenceThatDecodesToTheName() {
    for (String name : List.of("a b.json", "长寿/项目.yaml", "50%.json", "x?y=z&w.json",
        "[1]{2}|^`'\".json", "c:abs.json", "a+b@c!$.json")) {
      String uri = SarifRenderer.uri(name);
      assertThat(URI.create(uri).isAbsolute()).as(uri).isFalse();
      assertThat(URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8)).as(uri)
          .isEqualTo(name);
    }
  }

  @Test
  void anAbsolutePathIsAFileUriNotAReferenceBeginningWithASlash() throws Exception {
    assertThat(SarifRenderer.uri("/work/cq/examples/p.json"))
        .isEqualTo("file:///work/cq/examples/p.json");
    String uri = SarifRenderer.uri("/tmp/my proposals/长寿 #1.json");
    assertThat(uri).isEqualTo("file:///tmp/my%20proposals/%E9%95%BF%E5%AF%BF%20%231.json");
    assertThat(new URI(uri).getScheme()).isEqualTo("file");
    assertThat(new URI(uri).getPath()).isEqualTo("/tmp/my proposals/长寿 #1.json");
    assertThat(Path.of(new URI(uri))).isEqualTo(Path.of("/tmp/my proposals/长寿 #1.json"));
  }

  @Test
  void windowsDriveAndUncPathsAreFileUrisOnEveryPlatform() {
    assertThat(SarifRenderer.uri("C:\\review\\长寿.json"))
        .isEqualTo("file:///C:/review/%E9%95%BF%E5%AF%BF.json");
    assertThat(SarifRenderer.uri("d:/p.yaml")).isEqualTo("file:///d:/p.yaml");
    assertThat(SarifRenderer.uri("\\\\server\\share\\p.json"))
        .isEqualTo("file://server/share/p.json");
  }
}
