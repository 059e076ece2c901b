package org.cqcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EscapingTest {

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
}
