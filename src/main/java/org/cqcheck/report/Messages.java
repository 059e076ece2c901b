package org.cqcheck.report;

import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.cqcheck.input.InputError;

/**
 * User-facing text in one language, from {@code messages_en.properties} and {@code
 * messages_zh.properties}. Placeholders are {0}, {1}, … and nothing else, so that apostrophes and
 * braces in Chinese or English text need no escaping.
 */
public final class Messages {

  private final Language language;
  private final ResourceBundle bundle;

  public Messages(Language language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle("org.cqcheck.report.messages", language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Language language() {
    return language;
  }

  public String get(String key, Object... args) {
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message '" + key + "' in " + language, e);
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** The error with where it is: "/annual/employees (line 14, column 18): …". */
  public String placed(InputError error) {
    String where = error.location();
    if (error.line() > 0) {
      String position = get("text.position", error.line(), error.column());
      where = where.isEmpty() ? position : where + " " + position;
    }
    return (where.isEmpty() ? "" : where + ": ") + error(error);
  }

  /** What the report says of a waiver that expired or matched nothing. */
  public String waiverNote(WaiverNote note) {
    var w = note.waiver();
    return get("waiver." + note.kind().name(), w.rule(), w.proposal(),
        note.source() + ":" + w.line(), w.expires());
  }

  /** The message of an input error. */
  public String error(InputError error) {
    Object[] args = error.args().toArray();
    if (error.kind() == InputError.Kind.WRONG_TYPE) {
      args[1] = get("type." + args[1]);
    }
    return get("error." + error.kind().name(), args);
  }
}
