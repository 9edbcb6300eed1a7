package vn.dangbo.protection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals a person's values (citizen ID, phone, address, notes about them) before they are written to
 * the database and opens them when read, with AES-256-GCM from the JDK: each value gets its own
 * random 12-byte nonce, and the 16-byte tag refuses a value changed in the database. A sealed value
 * is text, {@code enc:v1:<key id>:<base64 of nonce and ciphertext>}, so it names the key that opens
 * it and keys can be rotated while the application runs.
 *
 * <p>A citizen ID is also kept as its lookup hash (HMAC-SHA-256 under the ring's lookup key), which
 * finds a record by the exact ID and keeps IDs unique without the database seeing any of them.
 */
public class PersonalData {

  static final String PREFIX = "enc:v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final KeyRings rings;
  private final SecureRandom random = new SecureRandom();
  // a Cipher serves one value at a time but may be initialised again for the next: kept for reuse
  private final Queue<Cipher> ciphers = new ConcurrentLinkedQueue<>();
  private volatile KeyRing ring;

  PersonalData(KeyRings rings) {
    this.rings = rings;
    this.ring = rings.load();
  }

  /** The value sealed under the current key; null stays null. */
  public String seal(String value) {
    if (value == null) {
      return null;
    }
    var current = ring;
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      var cipher = cipher();
      cipher.init(Cipher.ENCRYPT_MODE, current.currentKey(), new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
      ciphers.offer(cipher);
      byte[] whole =
          ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + current.current() + ":" + Base64.getEncoder().encodeToString(whole);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * The value a sealed text holds; null stays null, and a value written before sealing began (not
   * yet sealed by the first pass) is answered as it is.
   */
  public String open(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      return stored;
    }
    int colon = stored.indexOf(':', PREFIX.length());
    if (colon < 0) {
      throw new IllegalStateException("a sealed value without its key id");
    }
    String keyId = stored.substring(PREFIX.length(), colon);
    var key = ring.keys().get(keyId);
    if (key == null) {
      // another instance sharing the key file may have added it
      key = reloadFor(keyId);
    }
    if (key == null) {
      throw new IllegalStateException(
          "the key " + keyId + " is not in the key ring (docs/privacy.md, Keys)");
    }
    byte[] whole = Base64.getDecoder().decode(stored.substring(colon + 1));
    try {
      var cipher = cipher();
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, whole, 0, NONCE_BYTES));
      byte[] opened = cipher.doFinal(whole, NONCE_BYTES, whole.length - NONCE_BYTES);
      ciphers.offer(cipher);
      return new String(opened, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed value does not open with key " + keyId, e);
    }
  }

  private Cipher cipher() throws GeneralSecurityException {
    var cipher = ciphers.poll();
    return cipher != null ? cipher : Cipher.getInstance("AES/GCM/NoPadding");
  }

  /** The lookup hash of a citizen ID (12 digits), as kept beside it; null for null. */
  public String lookup(String citizenId) {
    if (citizenId == null) {
      return null;
    }
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(ring.lookup());
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(citizenId.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  /** Whether a stored value is sealed (under any key). */
  public boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /** Whether a stored value is as the current key would write it (null counts as such). */
  public boolean isCurrent(String stored) {
    return stored == null || stored.startsWith(PREFIX + ring.current() + ":");
  }

  /** The stored value sealed under the current key: opened and sealed again when it is not. */
  public String resealed(String stored) {
    return isCurrent(stored) ? stored : seal(open(stored));
  }

  /**
   * Of a row kept as JSON (a copy in the audit trail, a merged record), the values under these keys
   * that are clear or under another key, resealed; empty when every one is current.
   */
  public Map<String, Object> resealedKeys(Map<String, Object> row, Collection<String> keys) {
    var changed = new LinkedHashMap<String, Object>();
    for (String key : keys) {
      if (row.get(key) instanceof String stored && !isCurrent(stored)) {
        changed.put(key, resealed(stored));
      }
    }
    return changed;
  }

  /** The ids of the ring's keys and the current one, to show an administrator. */
  public KeyInfo keys() {
    var now = ring;
    return new KeyInfo(
        now.keys().keySet().stream().sorted().toList(),
        now.current(),
        rings.where(),
        rings.canAdd());
  }

  /**
   * Adds a new key to the key file and makes it current (the rows are resealed by {@link
   * Resealing}); refused when the keys come from the environment.
   */
  synchronized String addKey() {
    ring = rings.addKey(ring);
    return ring.current();
  }

  /** Reads the keys again from where they are kept. */
  synchronized void reload() {
    ring = rings.reload();
  }

  private synchronized SecretKey reloadFor(String keyId) {
    if (!ring.keys().containsKey(keyId)) {
      var read = rings.reload();
      if (read.keys().containsKey(keyId)) {
        ring = read;
      }
    }
    return ring.keys().get(keyId);
  }

  public record KeyInfo(List<String> ids, String current, String where, boolean canAdd) {}
}
