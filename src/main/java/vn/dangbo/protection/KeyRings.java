package vn.dangbo.protection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the key ring is kept: given whole in the configuration ({@code dangbo.protection.keys},
 * {@code current-key}, {@code lookup-key}: on a server, the environment), or a key file ({@code
 * dangbo.protection.key-file}), which the application creates on its first start when {@code
 * generate-missing} allows it (the demo and a single PC do; the {@code prod} profile does not).
 */
class KeyRings {

  private static final Logger log = LoggerFactory.getLogger(KeyRings.class);

  private final String keys;
  private final String current;
  private final String lookup;
  private final Path file;
  private final boolean generateMissing;

  KeyRings(String keys, String current, String lookup, Path file, boolean generateMissing) {
    this.keys = keys;
    this.current = current;
    this.lookup = lookup;
    this.file = file;
    this.generateMissing = generateMissing;
  }

  private boolean given() {
    return keys != null && !keys.isBlank();
  }

  /** The ring where it is kept; made anew only on the first load, when allowed and absent. */
  KeyRing load() {
    return load(generateMissing);
  }

  /** The ring read again; never made anew (a key file gone while running is an error). */
  KeyRing reload() {
    return load(false);
  }

  private KeyRing load(boolean generateMissing) {
    if (given()) {
      return KeyRing.parse(keys, current, lookup);
    }
    try {
      if (Files.exists(file)) {
        return KeyRing.read(file);
      }
      if (!generateMissing) {
        throw new IllegalStateException(
            "No keys for personal data: set DANGBO_KEYS, DANGBO_CURRENT_KEY and DANGBO_LOOKUP_KEY,"
                + " or DANGBO_KEY_FILE to a key file (docs/privacy.md, Keys). "
                + file.toAbsolutePath()
                + " does not exist.");
      }
      var ring = KeyRing.generate();
      ring.write(file);
      log.warn(
          "Generated the keys for personal data in {}: without this file the database and its"
              + " backups cannot be read. Keep a copy apart from the backups (docs/privacy.md).",
          file.toAbsolutePath());
      return ring;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The key file " + file.toAbsolutePath() + " cannot be read", e);
    }
  }

  boolean canAdd() {
    return !given();
  }

  /** Adds a key to the key file, current from now on; the file is written before it is used. */
  KeyRing addKey(KeyRing ring) {
    if (!canAdd()) {
      throw new IllegalStateException("the keys come from the configuration");
    }
    int n = ring.keys().size() + 1;
    while (ring.keys().containsKey("k" + n)) {
      n++;
    }
    var next = ring.withNewKey("k" + n);
    try {
      next.write(file);
    } catch (IOException e) {
      throw new UncheckedIOException("The key file cannot be written", e);
    }
    log.info("Added key k{} to {}; it seals every new value from now on", n, file.toAbsolutePath());
    return next;
  }

  String where() {
    return given() ? "environment" : file.toAbsolutePath().toString();
  }
}
