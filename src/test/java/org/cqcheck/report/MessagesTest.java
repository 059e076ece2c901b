package org.cqcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.cqcheck.input.InputError;
import org.cqcheck.internal.report.Messages;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private final Messages english = new Messages(Language.EN);

  @Test
  void fillsEachPlaceholderWithItsArgument() {
    assertThat(english.get("finding.met", "gas yield", "33.33 yuan/m³", "≥", "25 yuan/m³"))
        .isEqualTo("gas yield is 33.33 yuan/m³, meeting ≥ 25 yuan/m³");
  }

  @Test
  void anArgumentIsNeverSearchedForPlaceholders() {
    // A proposal's own words (a park named "{1}") are shown as written.
    assertThat(english.get("finding.met", "{1}", "x", "≥", "y")).isEqualTo("{1} is x, meeting ≥ y");
  }

  @Test
  void aPlaceholderWithoutAnArgumentStaysAsWritten() {
    assertThat(english.get("finding.met", "a", "b")).isEqualTo("a is b, meeting {2} {3}");
  }

  @Test
  void theUsualReasonsAFileCannotBeReadAreInTheReadersLanguage() {
    Messages chinese = new Messages(Language.ZH);
    for (String reason : InputError.UNREADABLE_REASONS) {
      InputError error = InputError.of(InputError.Kind.UNREADABLE, "", reason);
      assertThat(english.error(error)).doesNotContain(reason).startsWith("cannot read the file: ");
      assertThat(chinese.error(error)).doesNotContain(reason).startsWith("无法读取文件：")
          .doesNotContainPattern("[a-z]{3}");
    }
    assertThat(chinese.error(InputError.of(InputError.Kind.UNREADABLE, "", "noSuchFile")))
        .isEqualTo("无法读取文件：文件不存在");
    // Anything else is what the operating system said, as it said it.
    assertThat(chinese.error(InputError.of(InputError.Kind.UNREADABLE, "", "Is a directory")))
        .isEqualTo("无法读取文件：Is a directory");
  }
}
