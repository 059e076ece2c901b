package org.cqcheck.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.function.IntPredicate;

/**
 * How text that comes from a proposal (an id, a title, a name, a file name, a message quoting a
 * value) is written into each kind of report. Proposals come from many hands: no field may break a
 * report's syntax, put a link or a script in front of a reader, or drive a reviewer's terminal.
 *
 * <p>Where a character cannot be written as itself it is shown as an escape a person can read:
 * {@code \t}, {@code \n}, {@code \r}, else a backslash, {@code u} and four hex digits, as JSON
 * and Java write them (a capital {@code U} and eight digits beyond the Basic Multilingual Plane).
 * Replacing it by U+FFFD or dropping it would hide what the proposal holds; a character reference
 * is no way out either, since {@code &#x7;} is as illegal in XML as the character. A backslash of
 * the input is not doubled, so a field that holds the six characters of an escape looks like one
 * that holds the character; the machine formats (JSON, SARIF) keep the difference.
 *
 * <ul>
 *   <li>For people (text, HTML): every control character (C0, DEL, C1: ESC sequences,
 *       the 8-bit CSI U+009B, NEL U+0085), every format character (the bidi controls of "Trojan
 *       Source" such as U+202E, zero-width characters, U+FEFF), the line and paragraph
 *       separators U+2028 and U+2029, lone surrogates and noncharacters: each either moves a
 *       terminal's cursor, ends a line, reorders or hides text, or is forbidden in HTML. A line
 *       break inside a field is escaped too, so that it cannot break a report's layout or fake a
 *       line of its own.
 *   <li>XML (JUnit): the characters XML 1.0 forbids (C0 but tab, line feed and carriage return,
 *       lone surrogates, U+FFFE, U+FFFF); in attributes also those three, which a parser would
 *       otherwise turn into spaces. XML is read by programs and kept faithful otherwise.
 *   <li>JSON (JSON, JSON Lines, SARIF): Jackson escapes what JSON requires; {@link #JSON} also
 *       escapes U+0085, U+2028, U+2029 (line breaks to some JSON Lines readers) and every
 *       surrogate (so that a lone one, which no UTF-8 encoder can write, survives as an
 *       escape). JSON escapes are lossless: a parser gives back the original string.
 * </ul>
 */
final class Escaping {

  private Escaping() {}

  /** Text for a terminal: nothing in it can move the cursor, recolour, end a line or reorder. */
  static String terminal(String text) {
    return visible(text, Escaping::hiddenFromPeople);
  }

  /** Text for HTML content or a double-quoted attribute value. */
  static String html(String text) {
    String shown = visible(text, Escaping::hiddenFromPeople);
    StringBuilder out = new StringBuilder(shown.length() + 16);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Text for XML character data; the XML writer escapes markup characters itself. */
  static String xml(String text) {
    return visible(text, Escaping::forbiddenInXml);
  }

  /** Text for an XML attribute value: as {@link #xml}, and tabs and line breaks kept visible. */
  static String xmlAttribute(String text) {
    return visible(text, cp -> forbiddenInXml(cp) || cp == '\t' || cp == '\n' || cp == '\r');
  }

  /** Jackson's escapes for every JSON report: see the class comment. */
  static final CharacterEscapes JSON = new CharacterEscapes() {
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x85 || ch == 0x2028 || ch == 0x2029 || Character.isSurrogate((char) ch)
          ? new SerializedString(unicodeEscape(ch))
          : null;
    }
  };

  /**
   * Invisible, or moving a terminal's cursor, ending a line, reordering text or forbidden in HTML:
   * control (C0, DEL, C1) and format characters, line and paragraph separators, lone surrogates,
   * noncharacters.
   */
  private static boolean hiddenFromPeople(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR, Character.SURROGATE -> true;
      default -> isNoncharacter(cp);
    };
  }

  private static boolean forbiddenInXml(int cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
        || Character.getType(cp) == Character.SURROGATE
        || cp == 0xFFFE || cp == 0xFFFF;
  }

  private static boolean isNoncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  /** {@code text} with each code point that {@code hidden} accepts written as an escape. */
  private static String visible(String text, IntPredicate hidden) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      // A lone surrogate comes back as itself, a pair as its supplementary code point.
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (hidden.test(cp)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(switch (cp) {
          case '\t' -> "\\t";
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          default -> unicodeEscape(cp);
        });
      } else if (out != null) {
        out.append(text, i, next);
      }
      i = next;
    }
    return out == null ? text : out.toString();
  }

  private static String unicodeEscape(int cp) {
    String hex = Integer.toHexString(cp);
    return cp <= 0xFFFF
        ? "\\u" + "0".repeat(4 - hex.length()) + hex
        : "\\U" + "0".repeat(8 - hex.length()) + hex;
  }
}
