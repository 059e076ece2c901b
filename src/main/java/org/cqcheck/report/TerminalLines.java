package org.cqcheck.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Text laid out for a terminal of a given width: display columns counted as a terminal counts them
 * (East Asian wide characters take two), lines broken between words, or between any two Chinese
 * characters, and a word wider than the line (a path, a formula) cut where it must be. Lines after
 * the first hang under the first's text.
 */
final class TerminalLines {

  private TerminalLines() {}

  /** The narrowest a line's text is given, however deep its indent: 20 columns. */
  private static final int NARROWEST = 20;

  /**
   * {@code text} in lines of at most {@code width} columns: the first after {@code first}, the
   * others after as many spaces as {@code hanging} columns. The text holds no line break (the
   * renderers escape them).
   */
  static String wrap(String first, int hanging, String text, int width) {
    int firstWidth = Math.max(NARROWEST, width - columns(first));
    int otherWidth = Math.max(NARROWEST, width - hanging);
    List<String> lines = lines(text, firstWidth, otherWidth);
    StringBuilder out = new StringBuilder(first).append(lines.get(0)).append('\n');
    String indent = " ".repeat(hanging);
    for (int i = 1; i < lines.size(); i++) {
      out.append(indent).append(lines.get(i)).append('\n');
    }
    return out.toString();
  }

  /**
   * {@code text} broken into lines: the first at most {@code firstWidth}, the others at most
   * {@code otherWidth} columns.
   */
  static List<String> lines(String text, int firstWidth, int otherWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    int limit = firstWidth;
    for (Unit unit : units(text)) {
      String gap = used > 0 ? " ".repeat(unit.spacesBefore()) : "";
      int needed = columns(gap) + unit.columns();
      if (used + needed <= limit) {
        line.append(gap).append(unit.text());
        used += needed;
        continue;
      }
      if (used > 0) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
        limit = otherWidth;
      }
      String rest = unit.text();
      while (columns(rest) > limit) {
        int cut = cutAt(rest, limit);
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
        limit = otherWidth;
      }
      line.append(rest);
      used = columns(rest);
    }
    lines.add(line.toString());
    return lines;
  }

  /** A word, or one wide character, and the spaces that stood before it. */
  private record Unit(String text, int spacesBefore, int columns) {}

  private static List<Unit> units(String text) {
    List<Unit> units = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int spacesBefore = 0;
    int pendingSpaces = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        if (word.length() > 0) {
          units.add(new Unit(word.toString(), spacesBefore, columns(word.toString())));
          word.setLength(0);
        }
        pendingSpaces++;
        continue;
      }
      if (isWide(cp)) {
        if (word.length() > 0) {
          units.add(new Unit(word.toString(), spacesBefore, columns(word.toString())));
          word.setLength(0);
        }
        units.add(new Unit(new String(Character.toChars(cp)), pendingSpaces, 2));
        pendingSpaces = 0;
        continue;
      }
      if (word.length() == 0) {
        spacesBefore = pendingSpaces;
        pendingSpaces = 0;
      }
      word.appendCodePoint(cp);
    }
    if (word.length() > 0) {
      units.add(new Unit(word.toString(), spacesBefore, columns(word.toString())));
    }
    return glued(units);
  }

  /** Punctuation a line must not start with: it closes what stands before it. */
  private static final String CLOSING = "，。、；：？！）」』】〕》,.;:?!)]}";
  /** Punctuation a line must not end with: it opens what follows. */
  private static final String OPENING = "（「『【〔《([{";

  /**
   * The units with punctuation joined to the word it belongs to, so that no line starts with a
   * comma or a closing bracket and none ends with an opening one (二（三） stays whole; a quote mark
   * stays with its word).
   */
  private static List<Unit> glued(List<Unit> units) {
    List<Unit> out = new ArrayList<>(units.size());
    Unit pendingOpening = null;
    for (Unit unit : units) {
      if (pendingOpening != null) {
        unit = new Unit(pendingOpening.text() + unit.text(), pendingOpening.spacesBefore(),
            pendingOpening.columns() + unit.columns());
        pendingOpening = null;
      }
      boolean quote = unit.text().equals("\"") || unit.text().equals("'");
      boolean closing = unit.spacesBefore() == 0 && !out.isEmpty()
          && (only(unit.text(), CLOSING) || quote);
      boolean opening = !closing && (only(unit.text(), OPENING) || quote);
      if (closing) {
        Unit previous = out.remove(out.size() - 1);
        out.add(new Unit(previous.text() + unit.text(), previous.spacesBefore(),
            previous.columns() + unit.columns()));
      } else if (opening) {
        pendingOpening = unit;
      } else {
        out.add(unit);
      }
    }
    if (pendingOpening != null) {
      out.add(pendingOpening);
    }
    return out;
  }

  private static boolean only(String text, String characters) {
    return !text.isEmpty() && text.codePoints().allMatch(cp -> characters.indexOf(cp) >= 0);
  }

  /**
   * The index in {@code text} before which it fits {@code limit} columns (at least one char): after
   * the last / - _ or . that fits, when one does in the second half, so that a path breaks between
   * its parts rather than inside one.
   */
  private static int cutAt(String text, int limit) {
    int used = 0;
    int afterSeparator = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = isWide(cp) ? 2 : 1;
      if (used + w > limit) {
        return afterSeparator > limit / 2 ? afterSeparator
            : Math.max(i, Character.charCount(text.codePointAt(0)));
      }
      used += w;
      i += Character.charCount(cp);
      if ("/-_.".indexOf(cp) >= 0) {
        afterSeparator = i;
      }
    }
    return text.length();
  }

  /** Terminal columns of {@code text}: East Asian wide and full-width characters take two. */
  static int columns(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      columns += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return columns;
  }

  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
