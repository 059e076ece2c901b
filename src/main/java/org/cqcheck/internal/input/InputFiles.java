package org.cqcheck.internal.input;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cqcheck.input.InputError;
import org.cqcheck.input.InputFormat;

/**
 * Turns the paths a user names into the proposal files to read: a file stands for itself; a
 * directory for every .json, .yaml and .yml file under it, recursively, in sorted order, except in
 * a rule pack's directory (one holding a .drl file), whose editions.yaml is not an input. Paths
 * that cannot be used become errors in place, so that every input appears in the report.
 */
public final class InputFiles {

  private InputFiles() {}

  /** One input: a file to read, or a path that yielded none, with the reason. */
  public record Input(Path path, InputError error) {
    public boolean readable() {
      return error == null;
    }
  }

  public static List<Input> expand(List<Path> paths) {
    List<Input> inputs = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        inputs.addAll(walk(path));
      } else {
        // Named files are read whatever their state: the reader reports a missing file.
        inputs.add(new Input(path, null));
      }
    }
    return inputs;
  }

  /** Whether {@code dir} is a rule pack's: it holds a .drl file. */
  private static boolean holdsRules(Path dir) {
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".drl"));
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Input> walk(Path directory) {
    List<Input> found = new ArrayList<>();
    try {
      // Links are followed, so that a linked proposal is read and a broken link reported.
      Files.walkFileTree(directory, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(directory) && holdsRules(dir)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          // Not only regular files: a link that cannot be followed comes here with the link's own
          // attributes, and must be reported by the reader rather than skipped.
          if (!attrs.isDirectory() && InputFormat.of(file).isPresent()) {
            found.add(new Input(file, null));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          found.add(new Input(file, InputError.unreadable(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.add(new Input(directory, InputError.unreadable(e)));
    }
    if (found.isEmpty()) {
      found.add(new Input(directory, InputError.of(InputError.Kind.NO_INPUT_FOUND, "")));
    }
    found.sort(Comparator.comparing(i -> i.path().toString()));
    return found;
  }
}
