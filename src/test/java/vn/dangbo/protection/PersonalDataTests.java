package vn.dangbo.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataTests {

  @TempDir Path dir;

  private PersonalData withFile(Path file) {
    return new PersonalData(new KeyRings(null, null, null, file, true));
  }

  @Test
  void sealsEachValueAnewAndOpensItWhole() {
    var data = withFile(dir.resolve("dangbo.keys"));
    String address = "Bản Làng Chếu, xã Tà Xùa, tỉnh Sơn La";
    String once = data.seal(address);
    String twice = data.seal(address);
    assertThat(once).startsWith("enc:v1:k1:").doesNotContain("Chếu").isNotEqualTo(twice);
    assertThat(data.open(once)).isEqualTo(address);
    assertThat(data.open(twice)).isEqualTo(address);
    assertThat(data.seal(null)).isNull();
    assertThat(data.open(null)).isNull();
    assertThat(data.open("0912345678")).as("a value from before sealing").isEqualTo("0912345678");
  }

  @Test
  void refusesAValueChangedInTheDatabase() {
    var data = withFile(dir.resolve("dangbo.keys"));
    String sealed = data.seal("014095000123");
    byte[] bytes = Base64.getDecoder().decode(sealed.substring("enc:v1:k1:".length()));
    bytes[bytes.length - 1] ^= 1;
    String changed = "enc:v1:k1:" + Base64.getEncoder().encodeToString(bytes);
    assertThatThrownBy(() -> data.open(changed)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> data.open("enc:v1:k9:" + sealed.substring(10)))
        .hasMessageContaining("the key k9 is not in the key ring");
  }

  @Test
  void theLookupHashIsTheSameForTheSameIdAndKeyAndTellsNothing() {
    var data = withFile(dir.resolve("a.keys"));
    var other = withFile(dir.resolve("b.keys"));
    assertThat(data.lookup("014095000123"))
        .isEqualTo(data.lookup("014095000123"))
        .isNotEqualTo(data.lookup("014095000124"))
        .isNotEqualTo(other.lookup("014095000123"))
        .doesNotContain("014095000123")
        .hasSize(43);
  }

  @Test
  void theKeyFileIsMadeOnceReadableByItsOwnerOnlyAndANewKeyKeepsTheOldOnes() throws Exception {
    Path file = dir.resolve("keys/dangbo.keys");
    var data = withFile(file);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    String sealed = data.seal("0912345678");
    String lookup = data.lookup("014095000123");

    assertThat(withFile(file).open(sealed)).as("read again from the file").isEqualTo("0912345678");
    assertThat(data.addKey()).isEqualTo("k2");
    assertThat(data.keys().ids()).containsExactly("k1", "k2");
    assertThat(data.isCurrent(sealed)).isFalse();
    String resealed = data.resealed(sealed);
    assertThat(resealed).startsWith("enc:v1:k2:");
    assertThat(data.open(resealed)).isEqualTo("0912345678");
    assertThat(data.lookup("014095000123")).as("the lookup key stays").isEqualTo(lookup);
    var reread = withFile(file);
    assertThat(reread.keys().current()).isEqualTo("k2");
    assertThat(reread.open(sealed)).isEqualTo("0912345678");
  }

  @Test
  void anInstanceSharingTheKeyFileOpensWhatAnotherSealedUnderTheKeyItAdded() {
    Path file = dir.resolve("shared.keys");
    var one = withFile(file);
    var other = withFile(file);
    one.addKey();
    String sealed = one.seal("0912345678");
    assertThat(other.open(sealed)).isEqualTo("0912345678");
    assertThat(other.keys().current()).as("and seals under it from then on").isEqualTo("k2");
  }

  @Test
  void keysGivenInTheEnvironmentNeedNoFileAndAddNone() {
    String k1 = Base64.getEncoder().encodeToString(new byte[32]);
    String k2 =
        Base64.getEncoder()
            .encodeToString(
                new byte[] {
                  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
                  24, 25, 26, 27, 28, 29, 30, 31, 32
                });
    var data =
        new PersonalData(
            new KeyRings("k1:" + k1 + ",k2:" + k2, "", k1, dir.resolve("none.keys"), false));
    assertThat(data.keys().current()).as("the last one given").isEqualTo("k2");
    assertThat(data.keys().canAdd()).isFalse();
    assertThat(data.open(data.seal("x"))).isEqualTo("x");
    assertThat(Files.exists(dir.resolve("none.keys"))).isFalse();
    assertThatThrownBy(
            () -> new PersonalData(new KeyRings("k1:" + k1, "k2", k1, dir.resolve("x"), false)))
        .hasMessageContaining("the current key k2 is not in the ring");
    assertThatThrownBy(
            () -> new PersonalData(new KeyRings("k1:AAAA", null, k1, dir.resolve("x"), false)))
        .hasMessageContaining("a key is 32 bytes");
  }

  @Test
  void aServerWithoutKeysDoesNotStart() {
    assertThatThrownBy(
            () -> new PersonalData(new KeyRings(null, null, null, dir.resolve("x.keys"), false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No keys for personal data")
        .hasMessageContaining("DANGBO_KEYS");
  }
}
