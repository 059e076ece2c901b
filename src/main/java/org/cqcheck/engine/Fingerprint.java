package org.cqcheck.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * SHA-256 of the rule files and data in effect, so that a report can be traced to them; worked
 * out when first asked. Reports that do not print it (text, JSON Lines) never pay for it: setting
 * up the digest's provider takes about 10 ms of a cold start.
 */
final class Fingerprint {

  private final Supplier<Map<String, byte[]>> inputs;
  private volatile String value;

  private Fingerprint(Supplier<Map<String, byte[]>> inputs) {
    this.inputs = inputs;
  }

  /** Of files, by name (their order does not matter: names are sorted). */
  static Fingerprint of(Map<String, byte[]> files) {
    Map<String, byte[]> kept = Map.copyOf(files);
    return new Fingerprint(() -> kept);
  }

  /** Of the built-in rules and a pack added to them. */
  static Fingerprint of(Fingerprint builtIn, Fingerprint pack) {
    return new Fingerprint(() -> Map.of(
        "built-in", builtIn.value().getBytes(StandardCharsets.UTF_8),
        "pack", pack.value().getBytes(StandardCharsets.UTF_8)));
  }

  /** "sha256:" and the digest in hex. */
  String value() {
    String known = value;
    if (known == null) {
      known = digest(new TreeMap<>(inputs.get()));
      value = known;
    }
    return known;
  }

  private static String digest(Map<String, byte[]> sources) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sources.forEach((name, bytes) -> {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
        sha.update((byte) 0);
      });
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
