package org.cqcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.cqcheck.input.InputFormat;
import org.cqcheck.report.Language;
import org.cqcheck.report.RenderOptions;
import org.cqcheck.report.Report;
import org.cqcheck.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A proposal whose fields are built to break reports ({@code hostile/hostile-fields.json}): control
 * characters (BEL, ESC sequences, C1, DEL), line breaks, a bidi override, zero-width and separator
 * characters, a lone surrogate, script and image tags, Markdown links and autolinks, pipes and
 * backticks, in the id, title, applicant, district and park of one proposal, and in the values and
 * unknown field of another that the error messages quote. Its file is named with such characters
 * too. Checked and rendered in every format and both languages: no field may break a report's
 * syntax, reach a terminal as a control sequence, or become a tag or a link; people see what the
 * field holds, escaped; machine formats give back the exact string.
 */
class HostileFieldsTest {

  private static final Path PROPOSAL = Path.of("src/test/resources/hostile/hostile-fields.json");
  private static final String FILE_NAME = "proposals/\u001b[2J`x`|<b>bold</b>\u202e.json";
  private static final JsonNode ORIGINAL = readOriginal();
  private static final Report REPORT = TestCheckers.shared().report(TestCheckers.shared()
      .check(FILE_NAME, bytes(PROPOSAL), InputFormat.JSON));

  private static final String ID = ORIGINAL.at("/0/id").asText();
  private static final String TITLE = ORIGINAL.at("/0/title").asText();
  private static final String APPLICANT = ORIGINAL.at("/0/applicant/name").asText();
  private static final String DISTRICT = ORIGINAL.at("/0/location/district").asText();
  private static final String PARK = ORIGINAL.at("/0/location/park").asText();
  private static final String BAD_ID = ORIGINAL.at("/1/id").asText();
  private static final String BAD_SECTOR = ORIGINAL.at("/1/sector").asText();
  private static final String UNKNOWN_FIELD = unknownField();

  /** What no report for people may hold: controls, format characters (bidi), separators. */
  private static final Pattern HIDDEN =
      Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}]");

  private static final List<Extension> GFM =
      List.of(TablesExtension.create(), AutolinkExtension.create());

  static Stream<Language> languages() {
    return Stream.of(Language.EN, Language.ZH);
  }

  @Test
  void theProposalIsAsHostileAsThisTestSays() {
    assertThat(REPORT.results()).hasSize(2);
    assertThat(REPORT.results().get(0).proposalId()).isEqualTo(ID);
    assertThat(REPORT.results().get(0).title()).isEqualTo(TITLE);
    assertThat(REPORT.results().get(1).errors()).isNotEmpty();
    assertThat(REPORT.results().get(1).warnings()).isNotEmpty();
    assertThat(ID + TITLE + PARK + BAD_SECTOR + UNKNOWN_FIELD + FILE_NAME)
        .contains("\u0007", "\u001b", "\u202e", "\n", "\r", "\u0085", "\u2028", "\u009b",
            "<script>", "<img", "](javascript:", "https://", "www.", "|", "`");
    assertThat(TITLE).contains("\ud800");
    assertThat(Character.isHighSurrogate(PARK.charAt(PARK.indexOf('\udfff') - 1))).isFalse();
    assertThat(BAD_SECTOR).endsWith("\u2028\udbff");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void theTextReportShowsControlCharactersEscapedAndKeepsOneLinePerVerdict(Language lang)
      throws Exception {
    String text = render(ReportFormat.TEXT, lang, true);
    assertThat(HIDDEN.matcher(text.replace("\n", "")).find()).as("hidden characters").isFalse();
    assertThat(text)
        .contains("CQ-HOSTILE-1\\u0007\\u001b[31m<script>alert(1)</script>|id")
        .contains("a|b\\nsecond line\\r\\u202eevil\\u202c https://evil.example/t")
        .contains("\\u0085\\u2028\\u2029\\u200b lone \\ud800")
        .contains("Park | <b>b</b>\\u001b]0;pwned\\u0007\\r\\n- item ``tick`` \\u007f\\u009b2J \\udfff")
        .contains("chem\\u001b[2J<script>alert(5)</script>|[s](javascript:alert(6))")
        .contains(FILE_NAME.replace("\u001b", "\\u001b").replace("\u202e", "\\u202e"));
    // A line that does not start with a space is a verdict or the summary: two results, one summary.
    assertThat(text.lines().filter(l -> !l.isEmpty() && !l.startsWith(" "))).hasSize(3);
    assertVisible(text, ID, TITLE, PARK, BAD_SECTOR, UNKNOWN_FIELD, FILE_NAME);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void inColourTheOnlyEscapeSequencesAreTheReportsOwnColours(Language lang) throws Exception {
    StringWriter out = new StringWriter();
    ReportFormat.TEXT.renderer().render(REPORT, new RenderOptions(lang, true, false, true, false),
        out);
    String coloured = out.toString();
    assertThat(coloured).contains("\u001b[1;31m");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).doesNotContain("\u001b");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void theMarkdownReportRendersNoTagOrLinkFromTheInput(Language lang) throws Exception {
    String markdown = render(ReportFormat.MARKDOWN, lang, false);
    assertThat(HIDDEN.matcher(markdown.replace("\n", "")).find()).as("hidden characters").isFalse();
    Node document = Parser.builder().extensions(GFM).build().parse(markdown);
    // As a GFM renderer does for a pull-request comment: raw HTML passes through, URLs unchanged.
    String html = HtmlRenderer.builder().extensions(GFM).escapeHtml(false).sanitizeUrls(false)
        .build().render(document);
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
        .doesNotContain("<a ").doesNotContain("href=").doesNotContain("src=\"")
        .doesNotContain("<ul>\n<li>item").doesNotContain("<pre");
    // The renderer's own links would be <a> too; it has none, so any <a> came from the input.
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(2)&gt;").contains("[x](javascript:alert(3))")
        .contains("<code>https://evil.example/t</code>").contains("<code>www.evil.example</code>");
    // Pipes and line breaks in fields stay inside their cells: every row has its six cells.
    List<String> rows = matches(html, "<tr>(.*?)</tr>");
    assertThat(rows).hasSizeGreaterThan(1)
        .allSatisfy(row -> assertThat(matches(row, "<t[hd]>")).hasSize(6));
    assertThat(matches(html, "<h3>")).hasSize(2);
    assertVisible(textOf(html), ID, TITLE, PARK, BAD_SECTOR, UNKNOWN_FIELD, FILE_NAME);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void theJunitReportParsesAndShowsTheForbiddenCharactersEscaped(Language lang) throws Exception {
    String xml = render(ReportFormat.JUNIT, lang, false);
    JunitSchema.assertValid(xml);
    JunitSchema.assertValid(render(ReportFormat.JUNIT, lang, true));
    Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    NodeList suites = parsed.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element checked = (Element) suites.item(0);
    Element invalid = (Element) suites.item(1);
    assertThat(checked.getAttribute("name"))
        .isEqualTo("CQ-HOSTILE-1\\u0007\\u001b[31m<script>alert(1)</script>|id");
    assertThat(invalid.getAttribute("name")).isEqualTo("CQ-HOSTILE-2\\u001b[2J");
    Element testcase = (Element) checked.getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("classname"))
        .isEqualTo("cqcheck.CQ-HOSTILE-1\\u0007\\u001b[31m<script>alert(1)</script>|id");
    assertThat(checked.getAttribute("file"))
        .isEqualTo("proposals/\\u001b[2J`x`|<b>bold</b>\u202e.json");
    Element error = (Element) invalid.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("message"))
        .contains("chem\\u001b[2J<script>alert(5)</script>|[s](javascript:alert(6))");
    assertThat(error.getTextContent())
        .contains("chem\\u001b[2J<script>alert(5)</script>|[s](javascript:alert(6))");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void theHtmlReportHoldsNoForbiddenCodePointAndNoTagFromTheInput(Language lang)
      throws Exception {
    String html = render(ReportFormat.HTML, lang, false);
    List<String> forbidden = new ArrayList<>();
    html.codePoints().filter(HostileFieldsTest::forbiddenInHtml)
        .forEach(cp -> forbidden.add(Integer.toHexString(cp)));
    assertThat(forbidden).isEmpty();
    assertThat(html).doesNotContain("\u202e").doesNotContain("\u2028").doesNotContain("\u200b");
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
        .contains("CQ-HOSTILE-1\\u0007\\u001b[31m&lt;script&gt;alert(1)&lt;/script&gt;|id")
        .contains("&lt;img src=x onerror=alert(2)&gt;")
        .contains("&lt;script&gt;alert(4)&lt;/script&gt;\\u0001 ![i](x.png) boss@evil.example")
        .contains("District\\u0007 [d](https://evil.example/d)")
        .contains("Park | &lt;b&gt;b&lt;/b&gt;\\u001b]0;pwned\\u0007\\r\\n- item");
    assertVisible(textOf(html), ID, TITLE, APPLICANT, DISTRICT, PARK, BAD_SECTOR, UNKNOWN_FIELD,
        FILE_NAME);
  }

  @Test
  void theJsonReportGivesBackEveryOriginalString() throws Exception {
    String json = render(ReportFormat.JSON, Language.EN, false);
    assertNoRawLineBreaksOrSurrogates(json);
    JsonNode results = new ObjectMapper().readTree(json).get("results");
    assertRoundTrip(results.get(0), results.get(1));
  }

  @Test
  void everyJsonLineParsesAndGivesBackEveryOriginalString() throws Exception {
    String jsonl = render(ReportFormat.JSONL, Language.EN, false);
    assertNoRawLineBreaksOrSurrogates(jsonl);
    List<String> lines = jsonl.lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper mapper = new ObjectMapper();
    assertRoundTrip(mapper.readTree(lines.get(0)), mapper.readTree(lines.get(1)));
  }

  @Test
  void theSarifReportIsValidAndGivesBackEveryOriginalString() throws Exception {
    String sarif = render(ReportFormat.SARIF, Language.EN, false);
    assertNoRawLineBreaksOrSurrogates(sarif);
    JsonNode log = new ObjectMapper().readTree(sarif);
    try (InputStream in = getClass().getResourceAsStream("/sarif-schema-2.1.0.json")) {
      assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in)
          .validate(log)).isEmpty();
    }
    JsonNode run = log.at("/runs/0");
    List<String> messages = new ArrayList<>();
    List<String> inputErrors = new ArrayList<>();
    List<String> inputWarnings = new ArrayList<>();
    run.get("results").forEach(r -> (switch (r.get("ruleId").asText()) {
      case "INPUT-ERROR" -> inputErrors;
      case "INPUT-WARNING" -> inputWarnings;
      default -> messages;
    }).add(r.at("/message/text").asText()));
    assertThat(messages).isNotEmpty().allSatisfy(m -> assertThat(m).startsWith(ID + ": "));
    // The district under no known name, and the unknown field of the invalid entry.
    assertThat(inputWarnings).hasSize(2);
    assertThat(inputWarnings.get(0)).startsWith(ID + ": /0/location/district");
    assertThat(inputWarnings.get(1)).startsWith(BAD_ID + ": /1/x");
    assertThat(inputErrors).singleElement().satisfies(m -> assertThat(m)
        .startsWith(BAD_ID + ": ").contains("\"" + BAD_SECTOR + "\""));
    assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText())
        .contains(BAD_SECTOR);
    String uri = run.at("/artifacts/0/location/uri").asText();
    assertThat(uri).matches("[A-Za-z0-9%/._~-]+");
    assertThat(URLDecoder.decode(uri, StandardCharsets.UTF_8)).isEqualTo(FILE_NAME);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void everyFormatInEitherLanguageIsValidUtf8(ReportFormat format) throws Exception {
    for (Language lang : List.of(Language.EN, Language.ZH)) {
      String report = render(format, lang, true);
      try {
        StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(report));
      } catch (CharacterCodingException e) {
        throw new AssertionError(format + " " + lang + " is not valid UTF-8: " + e, e);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void theCommandLineWritesEveryFormatToAFile(ReportFormat format, @TempDir Path dir)
      throws Exception {
    Path report = dir.resolve("report." + format.formatName());
    CliTest.Run run = CliTest.run("check", "--lang", "zh", "--format", format.formatName(), "-o",
        report.toString(), PROPOSAL.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).as("an input error, not a report that cannot be written")
        .isEqualTo(2);
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("CQ-HOSTILE-1");
  }

  private static void assertRoundTrip(JsonNode checked, JsonNode invalid) {
    assertThat(checked.get("proposalId").asText()).isEqualTo(ID);
    assertThat(checked.get("file").asText()).isEqualTo(FILE_NAME);
    List<String> messages = new ArrayList<>();
    checked.get("findings").forEach(f -> messages.add(f.get("message").asText()));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains(PARK));
    assertThat(invalid.get("proposalId").asText()).isEqualTo(BAD_ID);
    assertThat(invalid.at("/errors/0/message").asText()).contains("\"" + BAD_SECTOR + "\"");
    assertThat(invalid.at("/warnings/0/message").asText()).startsWith(UNKNOWN_FIELD + " ");
  }

  /**
   * JSON allows them raw, but a JSON Lines reader that splits lines as Python's splitlines() does
   * breaks a line at U+0085, U+2028 and U+2029, and no UTF-8 encoder can write a lone surrogate.
   */
  private static void assertNoRawLineBreaksOrSurrogates(String json) {
    assertThat(json).doesNotContain("\u0085").doesNotContain("\u2028").doesNotContain("\u2029");
    assertThat(json.chars().filter(c -> Character.isSurrogate((char) c))).isEmpty();
    assertThat(json).contains("\\u2028");
  }

  /**
   * Escaping is not deletion: every run of the original's characters between two hidden ones is
   * shown as it is, and each hidden one as its escape.
   */
  private static void assertVisible(String shown, String... originals) {
    for (String original : originals) {
      for (String part : HIDDEN.split(original)) {
        assertThat(shown).as("shows " + part).contains(part);
      }
      Matcher hidden = HIDDEN.matcher(original);
      while (hidden.find()) {
        char c = hidden.group().charAt(0);
        String escape = switch (c) {
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case '\t' -> "\\t";
          default -> String.format("\\u%04x", (int) c);
        };
        assertThat(shown).as("shows U+%04X as %s", (int) c, escape).contains(escape);
      }
    }
  }

  /**
   * The HTML standard's forbidden code points in text: controls other than ASCII whitespace (the
   * C0 controls but tab, line feed and carriage return; DEL and C1), noncharacters and surrogates.
   */
  static boolean forbiddenInHtml(int cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
        || (cp >= 0x7F && cp <= 0x9F)
        || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE
        || Character.getType(cp) == Character.SURROGATE;
  }

  private static String render(ReportFormat format, Language lang, boolean verbose)
      throws Exception {
    StringWriter out = new StringWriter();
    // Wide enough that no field's text is wrapped: these tests read what a field becomes.
    format.renderer().render(REPORT, new RenderOptions(lang, verbose, false, false, false, 10_000),
        out);
    return out.toString();
  }

  /** What a browser shows of {@code html} that holds no tag but its writer's own. */
  private static String textOf(String html) {
    return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&amp;", "&");
  }

  private static List<String> matches(String text, String regex) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static String unknownField() {
    List<String> names = new ArrayList<>();
    ORIGINAL.get(1).fieldNames().forEachRemaining(names::add);
    return names.stream().filter(n -> n.startsWith("x")).findFirst().orElseThrow();
  }

  private static JsonNode readOriginal() {
    try {
      return new ObjectMapper().readTree(PROPOSAL.toFile());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
