package org.cqcheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of a JSON Lines input that hold something, numbered from 1 as in the input, each as
 * its bytes: the proposal reader decodes them strictly, as it decodes a file, so that a line that
 * is not UTF-8 is refused on its own. A failure to read ends the lines; {@link #failure} says what
 * it was and {@link #failedLine} where, so that every line read before it is still checked.
 */
final class JsonLines implements Iterator<JsonLines.Line> {

  record Line(int number, byte[] bytes) {}

  /** Where the lines come from: the next line without its terminator, or null at the end. */
  private interface Source {
    byte[] next() throws IOException;
  }

  private final Source source;
  private int number;
  private Line next;
  private IOException failure;

  private JsonLines(Source source) {
    this.source = source;
  }

  /** Lines already decoded by a reader (the caller chose the charset): encoded back as UTF-8. */
  static JsonLines of(BufferedReader reader) {
    return new JsonLines(() -> {
      String text = reader.readLine();
      return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    });
  }

  /** Lines of bytes, ended by LF or CRLF (the last may be unterminated). */
  static JsonLines of(InputStream in) {
    return new JsonLines(new ByteLines(in));
  }

  @Override
  public boolean hasNext() {
    while (next == null && failure == null) {
      byte[] bytes;
      try {
        bytes = source.next();
      } catch (IOException e) {
        failure = e;
        return false;
      }
      if (bytes == null) {
        return false;
      }
      number++;
      if (!isBlank(bytes)) {
        next = new Line(number, bytes);
      }
    }
    return next != null;
  }

  @Override
  public Line next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Line line = next;
    next = null;
    return line;
  }

  /** Why reading stopped before the end, or null. */
  IOException failure() {
    return failure;
  }

  /** The number of the line that could not be read. */
  int failedLine() {
    return number + 1;
  }

  /** Blank as {@link String#isBlank} says, decoding only a line that has no ASCII text at all. */
  private static boolean isBlank(byte[] bytes) {
    boolean onlyAscii = true;
    for (byte b : bytes) {
      if (b < 0) {
        onlyAscii = false;
      } else if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != '\f' && b != 0x0B
          && !(b >= 0x1C && b <= 0x1F)) {
        return false;
      }
    }
    return onlyAscii || new String(bytes, StandardCharsets.UTF_8).isBlank();
  }

  /** Splits a byte stream at LF, dropping a CR before it. */
  private static final class ByteLines implements Source {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private boolean ended;

    ByteLines(InputStream in) {
      this.in = in;
    }

    @Override
    public byte[] next() throws IOException {
      byte[] line = null;
      int length = 0;
      while (true) {
        if (start == end) {
          if (ended) {
            return line == null ? null : withoutCarriageReturn(line, length);
          }
          int read = in.read(buffer, 0, buffer.length);
          if (read < 0) {
            ended = true;
            continue;
          }
          start = 0;
          end = read;
        }
        int newline = start;
        while (newline < end && buffer[newline] != '\n') {
          newline++;
        }
        int piece = newline - start;
        if (line == null) {
          line = Arrays.copyOfRange(buffer, start, start + piece);
        } else {
          if (length + piece > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + piece));
          }
          System.arraycopy(buffer, start, line, length, piece);
        }
        length += piece;
        if (newline < end) {
          start = newline + 1;
          return withoutCarriageReturn(line, length);
        }
        start = end;
      }
    }

    private static byte[] withoutCarriageReturn(byte[] line, int length) {
      int kept = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
      return kept == line.length ? line : Arrays.copyOf(line, kept);
    }
  }
}
