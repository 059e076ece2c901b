package org.cqcheck.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

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
 *   <li>For people (text, Markdown, HTML): every control character (C0, DEL, C1: ESC sequences,
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

  /**
   * Markdown text that renders as exactly these characters wherever inline text may stand: in a
   * heading, a list item, at the start of a line, in a table cell. Characters that open Markdown
   * or HTML syntax are backslash-escaped (those that are harmless in their place, such as {@code -} in
   * an id or {@code &} in "R&amp;D", are left alone, so ordinary text reads as before); pipes are
   * escaped for tables. A word that a GFM renderer would turn into a link by itself (containing
   * {@code ://}, {@code www.} or {@code @}) becomes a code span: escaping its {@code :} does not
   * stop every renderer, since some link the text after resolving escapes, and no renderer makes
   * links inside code.
   */
  static String markdown(String text) {
    String shown = visible(text, Escaping::hiddenFromPeople);
    StringBuilder out = new StringBuilder(shown.length() + 16);
    int i = 0;
    while (i < shown.length()) {
      char c = shown.charAt(i);
      if (c == '|') {
        out.append("\\|");
        i++;
      } else if (c == ' ') {
        // Leading spaces after a list marker would make an indented code block.
        out.append(i == 0 ? "&#32;" : " ");
        i++;
      } else {
        int end = i;
        while (end < shown.length() && shown.charAt(end) != ' ' && shown.charAt(end) != '|') {
          end++;
        }
        String word = shown.substring(i, end);
        if (linksByItself(word)) {
          out.append(codeSpan(word));
        } else {
          escapeWord(word, i == 0, out);
        }
        i = end;
      }
    }
    return out.toString();
  }

  /** A Markdown code span of {@code text}, shown verbatim; not for a table (a pipe stays). */
  static String markdownCode(String text) {
    return codeSpan(visible(text, Escaping::hiddenFromPeople));
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

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");

  private static final Pattern ORDERED_LIST_MARKER = Pattern.compile("[0-9]{1,9}[.)]");

  private static void escapeWord(String word, boolean startsText, StringBuilder out) {
    int from = out.length();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '~', '[', ']', '<', '>', '#', '!', '$' ->
            out.append('\\').append(c);
        case '&' -> out.append(
            ENTITY.matcher(word).region(i, word.length()).lookingAt() ? "\\&" : "&");
        default -> out.append(c);
      }
    }
    if (startsText) {
      // At the start of a line these would make a list item or a thematic break.
      char first = word.charAt(0);
      if (first == '-' || first == '+') {
        out.insert(from, '\\');
      } else if (ORDERED_LIST_MARKER.matcher(word).matches()) {
        out.insert(out.length() - 1, '\\');
      }
    }
  }

  /** Whether a GFM renderer's autolink extension could make a link of {@code word} alone. */
  private static boolean linksByItself(String word) {
    return word.contains("://") || word.indexOf('@') >= 0
        || word.toLowerCase(java.util.Locale.ROOT).contains("www.");
  }

  /**
   * A code span shows its content verbatim: the fence is one backtick longer than any run inside,
   * and a space pads content that starts or ends with a backtick (the renderer strips it). Never
   * an opening code fence even at the start of a line: a fence's info string cannot hold the
   * closing backticks.
   */
  private static String codeSpan(String content) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < content.length(); i++) {
      run = content.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = content.startsWith("`") || content.endsWith("`")
        || (content.startsWith(" ") && content.endsWith(" ") && !content.isBlank());
    return pad ? fence + " " + content + " " + fence : fence + content + fence;
  }

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
