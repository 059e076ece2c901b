package org.cqcheck.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The did-you-mean: the same answers as the full distance gives, in bounded time. */
class SuggestionsTest {

  @Test
  void theBoundedDistanceIsTheDistanceWithinItsLimit() {
    Random random = new Random(18);
    String letters = "abcab.";
    for (int n = 0; n < 20_000; n++) {
      String a = word(random, letters, random.nextInt(9));
      String b = random.nextBoolean() ? word(random, letters, random.nextInt(9)) : typo(random, a);
      int full = Suggestions.distance(a, b);
      for (int limit = 0; limit <= 4; limit++) {
        int bounded = Suggestions.distance(a, b, limit);
        if (full <= limit) {
          assertThat(bounded).as("%s / %s within %d", a, b, limit).isEqualTo(full);
        } else {
          assertThat(bounded).as("%s / %s within %d", a, b, limit).isGreaterThan(limit);
        }
      }
    }
  }

  @Test
  void misspeltNamesFindTheirKeys() {
    IndicatorVocabulary vocabulary = IndicatorVocabulary.builtIn();
    assertThat(vocabulary.closest("industry.grossOutputValueYaun"))
        .contains("industry.grossOutputValueYuan");
    assertThat(vocabulary.closest("Industry.GrossOutputValueYuan."))
        .contains("industry.grossOutputValueYuan");
    assertThat(vocabulary.closest("gdp")).isEmpty();
    assertThat(Suggestions.closest("cemnet", List.of("cement", "chemical"))).contains("cement");
  }

  /** A hostile report: thousands of unknown keys, and keys 60,000 characters long. */
  @Test
  void manyAndLongUnknownKeysAreAnsweredQuickly() {
    IndicatorVocabulary vocabulary = IndicatorVocabulary.builtIn();
    Random random = new Random(7);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      keys.add(word(random, "abcdefghijklmnopqrstuvwxyz.", 20 + random.nextInt(20)));
    }
    String long1 = "industry.grossOutputValueYuan".repeat(2_000);
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (String key : keys) {
        vocabulary.closest(key);
      }
      for (int i = 0; i < 200; i++) {
        assertThat(vocabulary.closest(long1 + i)).isEmpty();
      }
    });
  }

  private static String word(Random random, String letters, int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(letters.charAt(random.nextInt(letters.length())));
    }
    return word.toString();
  }

  /** {@code word} with one to three random edits. */
  private static String typo(Random random, String word) {
    StringBuilder typo = new StringBuilder(word);
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      int at = typo.length() == 0 ? 0 : random.nextInt(typo.length());
      switch (random.nextInt(4)) {
        case 0 -> typo.insert(at, 'x');
        case 1 -> {
          if (typo.length() > 0) {
            typo.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (typo.length() > 0) {
            typo.setCharAt(at, 'y');
          }
        }
        default -> {
          if (at + 1 < typo.length()) {
            char c = typo.charAt(at);
            typo.setCharAt(at, typo.charAt(at + 1));
            typo.setCharAt(at + 1, c);
          }
        }
      }
    }
    return typo.toString();
  }
}
