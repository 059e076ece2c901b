package org.cqcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EscapingTest {

  private static final List<Extension> GFM =
      List.of(TablesExtension.create(), AutolinkExtension.create());

  /** The places a report puts inline text, each with the tags it makes itself. */
  private enum Place {
    LIST_ITEM(md -> "- " + md + "\n", Set.of("ul", "li")),
    HEADING(md -> "### ❌ FAIL — " + md + "\n", Set.of("h3")),
    TABLE_CELL(md -> "| a | b |\n|---|---|\n| " + md + " | x |\n",
        Set.of("table", "thead", "tbody", "tr", "th", "td")),
    LINE_START(md -> md + "\n", Set.of("p"));

    final UnaryOperator<String> line;
    final Set<String> tags;

    Place(UnaryOperator<String> line, Set<String> tags) {
      this.line = line;
      this.tags = tags;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "- item", "+ item", "* item", "1. item", "12) item", "---", "***", "___", "    indented",
      "# heading", "> quote", "```fence", "~~~fence", "<div>block</div>", "<!-- comment -->",
      "[ref]: /evil", "[x](javascript:alert(3))", "![i](x.png)", "<img src=x onerror=alert(2)>",
      "<script>alert(1)</script>", "a|b|c", "*em* _u_ **b** ~~s~~", "`code` ``two``", "a\\|b \\",
      "&amp; &#60;b&#62; &lt;", "R&D", "https://evil.example/p?q=1", "<https://evil.example>",
      "www.evil.example", "WWW.EVIL.EXAMPLE", "boss@evil.example", "mailto:boss@evil.example",
      "x `https://a` y", "``https://a``", "`www.a.b", "[a](https://b) c", "$x^2$", "foo #",
      "line\nbreak", "tab\there"})
  void markdownIsShownAsTextWhereverAReportPutsIt(String original) {
    String shown = original.replace("\n", "\\n").replace("\t", "\\t");
    for (Place place : Place.values()) {
      String html = HtmlRenderer.builder().extensions(GFM).escapeHtml(false).sanitizeUrls(false)
          .build().render(Parser.builder().extensions(GFM).build()
              .parse(place.line.apply(Escaping.markdown(original))));
      Set<String> tags = new TreeSet<>(tagsOf(html));
      tags.removeAll(place.tags);
      tags.remove("code");
      assertThat(tags).as("%s in %s: %s", original, place, html).isEmpty();
      assertThat(count(html, "<li>")).as(html).isEqualTo(place == Place.LIST_ITEM ? 1 : 0);
      assertThat(count(html, "<td>")).as(html).isEqualTo(place == Place.TABLE_CELL ? 2 : 0);
      assertThat(textOf(html)).as("%s in %s: %s", original, place, html).contains(shown);
    }
  }

  @Test
  void markdownLeavesOrdinaryTextAsItWas() {
    for (String text : List.of("CQ-2013-FL-0112", "R&D expenditure share of sales", "= true",
        "0.16 tce/10k yuan", "missing annual.energyConsumptionTce, annual.valueAddedYuan",
        "四（十一） 「两江新区重点打造汽车、电子」", "examples/a-b.json (line 3, column 5)")) {
      assertThat(Escaping.markdown(text)).isEqualTo(text);
    }
  }

  @Test
  void aCodeSpanIsFencedLongerThanAnyRunOfBackticksInside() {
    assertThat(Escaping.markdownCode("a.json")).isEqualTo("`a.json`");
    assertThat(Escaping.markdownCode("a``b`c.json")).isEqualTo("```a``b`c.json```");
    assertThat(Escaping.markdownCode("`a`")).isEqualTo("`` `a` ``");
  }

  @Test
  void peopleSeeEveryHiddenCharacterAsItsEscape() {
    assertThat(Escaping.terminal("a\u0007b\u001b[2Jc\td\ne\rf\u007f\u0085\u009b"))
        .isEqualTo("a\\u0007b\\u001b[2Jc\\td\\ne\\rf\\u007f\\u0085\\u009b");
    assertThat(Escaping.terminal("\u202eabc\u202c\u2066\u200b\u200d\ufeff\u2028\u2029"))
        .isEqualTo("\\u202eabc\\u202c\\u2066\\u200b\\u200d\\ufeff\\u2028\\u2029");
    assertThat(Escaping.terminal("lone \ud800 and \udc00, pair 😀"))
        .isEqualTo("lone \\ud800 and \\udc00, pair 😀");
    assertThat(Escaping.terminal("\ufdd0\uffff\ud83f\udffe\udb40\udc01"))
        .isEqualTo("\\ufdd0\\uffff\\U0001fffe\\U000e0001");
    assertThat(Escaping.terminal("重庆市 · 两江新区 ≥ 25 m³")).isEqualTo("重庆市 · 两江新区 ≥ 25 m³");
    assertThat(Escaping.html("<b>\u0007&\"</b>")).isEqualTo("&lt;b&gt;\\u0007&amp;&quot;&lt;/b&gt;");
  }

  @Test
  void xmlReplacesOnlyWhatXmlForbidsAndAttributesKeepTheirLineBreaksVisible() {
    String text = "a\u0007\u0000b\tc\nd\re\u0085\u202e\ufffe\uffff\ud800😀";
    assertThat(Escaping.xml(text))
        .isEqualTo("a\\u0007\\u0000b\tc\nd\re\u0085\u202e\\ufffe\\uffff\\ud800😀");
    assertThat(Escaping.xmlAttribute(text))
        .isEqualTo("a\\u0007\\u0000b\\tc\\nd\\re\u0085\u202e\\ufffe\\uffff\\ud800😀");
  }

  @Test
  void jsonEscapesLineSeparatorsAndSurrogatesAndGivesBackTheSameString() throws Exception {
    ObjectMapper mapper =
        new ObjectMapper(new JsonFactoryBuilder().characterEscapes(Escaping.JSON).build());
    String original = "a\u0007\u0085\u2028\u2029\ud800 😀 \u202e重庆";
    String json = mapper.writeValueAsString(original);
    assertThat(json).isEqualTo("\"a\\u0007\\u0085\\u2028\\u2029\\ud800 \\ud83d\\ude00 \u202e重庆\"");
    assertThat(mapper.readValue(json, String.class)).isEqualTo(original);
  }

  private static Set<String> tagsOf(String html) {
    Set<String> tags = new TreeSet<>();
    Matcher m = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(html);
    while (m.find()) {
      tags.add(m.group(1).toLowerCase());
    }
    return tags;
  }

  private static int count(String html, String tag) {
    return html.split(Pattern.quote(tag), -1).length - 1;
  }

  private static String textOf(String html) {
    return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&amp;", "&");
  }
}
