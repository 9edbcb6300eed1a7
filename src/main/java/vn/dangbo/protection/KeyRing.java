package vn.dangbo.protection;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys personal values are sealed with, each under an id, one of them current (new values are
 * sealed with it; the others still open what they sealed), and the key of the lookup hashes, which
 * is not rotated. Kept outside the database: in a key file or in the environment.
 *
 * <p>A key file is a properties file: {@code current=k2}, {@code key.k1=BASE64}, {@code
 * key.k2=BASE64}, {@code lookup=BASE64}, each key 32 random bytes (AES-256, HMAC-SHA-256).
 */
record KeyRing(Map<String, SecretKey> keys, String current, SecretKey lookup) {

  private static final Pattern ID = Pattern.compile("[a-z0-9]{1,16}");
  private static final int KEY_BYTES = 32;

  KeyRing {
    keys = Map.copyOf(keys);
    keys.keySet()
        .forEach(
            id -> {
              if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(
                    "a key id is 1 to 16 lowercase letters and digits: " + id);
              }
            });
    if (!keys.containsKey(current)) {
      throw new IllegalArgumentException("the current key " + current + " is not in the ring");
    }
    if (lookup == null) {
      throw new IllegalArgumentException("the ring has no lookup key");
    }
  }

  SecretKey currentKey() {
    return keys.get(current);
  }

  /** A new ring of one key, {@code k1}, and a lookup key, from the system's secure random. */
  static KeyRing generate() {
    return new KeyRing(Map.of("k1", newKey("AES")), "k1", newKey("HmacSHA256"));
  }

  /** This ring with one more key, which becomes the current one. */
  KeyRing withNewKey(String id) {
    if (keys.containsKey(id)) {
      throw new IllegalArgumentException("the ring already has a key " + id);
    }
    var more = new LinkedHashMap<>(keys);
    more.put(id, newKey("AES"));
    return new KeyRing(more, id, lookup);
  }

  /**
   * The ring given as text: {@code keys} "k1:BASE64,k2:BASE64", the current key's id (the last one
   * given when blank) and the lookup key.
   */
  static KeyRing parse(String keys, String current, String lookup) {
    var ring = new LinkedHashMap<String, SecretKey>();
    String last = null;
    for (String entry : keys.split(",")) {
      String[] parts = entry.strip().split(":", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException("a key is given as id:BASE64");
      }
      last = parts[0].strip();
      ring.put(last, key(parts[1], "AES"));
    }
    return new KeyRing(
        ring,
        current == null || current.isBlank() ? last : current.strip(),
        key(lookup, "HmacSHA256"));
  }

  static KeyRing read(Path file) throws IOException {
    var properties = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      properties.load(in);
    }
    var ring = new LinkedHashMap<String, SecretKey>();
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith("key.")) {
        ring.put(name.substring(4), key(properties.getProperty(name), "AES"));
      }
    }
    return new KeyRing(
        ring,
        properties.getProperty("current"),
        key(properties.getProperty("lookup"), "HmacSHA256"));
  }

  /** Writes the ring to a new file readable by its owner only (replacing the file whole). */
  void write(Path file) throws IOException {
    var properties = new Properties();
    keys.forEach((id, key) -> properties.setProperty("key." + id, encode(key)));
    properties.setProperty("current", current);
    properties.setProperty("lookup", encode(lookup));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path next = file.resolveSibling(file.getFileName() + ".new");
    Files.deleteIfExists(next);
    Files.createFile(next);
    try {
      Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the file keeps the folder's permissions
    }
    try (Writer out = Files.newBufferedWriter(next)) {
      properties.store(
          out,
          "dangbo's keys for personal data (docs/privacy.md). Without this file the citizen IDs,"
              + " phones, addresses and notes in the database and its backups cannot be read:"
              + " keep a copy apart from the backups.");
    }
    Files.move(
        next,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static SecretKey key(String base64, String algorithm) {
    if (base64 == null || base64.isBlank()) {
      throw new IllegalArgumentException("a key is missing");
    }
    byte[] bytes = Base64.getDecoder().decode(base64.strip());
    if (bytes.length != KEY_BYTES) {
      throw new IllegalArgumentException("a key is " + KEY_BYTES + " bytes, given " + bytes.length);
    }
    return new SecretKeySpec(bytes, algorithm);
  }

  private static SecretKey newKey(String algorithm) {
    byte[] bytes = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(bytes);
    return new SecretKeySpec(bytes, algorithm);
  }

  private static String encode(SecretKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  @Override
  public String toString() {
    return "KeyRing" + keys.keySet() + " current " + current;
  }
}
