package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ethnic groups as people type them, each read as the one code of the list. */
class EthnicGroupsTests {

  private static EthnicGroups groups;

  /** The 54 groups as migration V5 stores them. */
  @BeforeAll
  static void theListOfTheMigration() throws IOException {
    String sql = Files.readString(Path.of("src/main/resources/db/migration/V5__members.sql"));
    var names = new HashMap<Integer, String>();
    var row = Pattern.compile("\\((\\d+), '([^']+)'\\)").matcher(sql);
    while (row.find()) {
      names.put(Integer.parseInt(row.group(1)), row.group(2));
    }
    assertThat(names).hasSize(54);
    groups = new EthnicGroups(Map.copyOf(names));
  }

  @ParameterizedTest(name = "\"{0}\" is {1} ({2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "Mông          | Mông     | 8  | false",
        "mông          | Mông     | 8  | false",
        "H'Mông        | Mông     | 8  | true",
        "H’Mông        | Mông     | 8  | true",
        "H‘Mông        | Mông     | 8  | true",
        "HMông         | Mông     | 8  | true",
        "Hmông         | Mông     | 8  | true",
        "H Mông        | Mông     | 8  | true",
        "Mông (Mèo)    | Mông     | 8  | true",
        "Mèo           | Mông     | 8  | true",
        "Mong          | Mông     | 8  | true",
        "Dân tộc Mông  | Mông     | 8  | true",
        "Kinh          | Kinh     | 1  | false",
        "Việt (Kinh)   | Kinh     | 1  | true",
        "Kinh (Việt)   | Kinh     | 1  | true",
        "Việt          | Kinh     | 1  | true",
        "Ba Na         | Ba-na    | 12 | true",
        "Ba-na         | Ba-na    | 12 | false",
        "Bana          | Ba-na    | 12 | true",
        "Xơ Đăng       | Xơ-đăng  | 16 | true",
        "Xơ-Đăng       | Xơ-đăng  | 16 | false",
        "Gia Rai       | Gia-rai  | 10 | true",
        "Ê Đê          | Ê-đê     | 11 | true",
        "Êđê           | Ê-đê     | 11 | true",
        "Khơ Mú        | Khơ-mú   | 23 | true",
        "Khơ-mú        | Khơ-mú   | 23 | false",
        "Xinh Mun      | Xinh-mun | 32 | true",
        "Lô Lô         | Lô Lô    | 45 | false",
        "Lolo          | Lô Lô    | 45 | true",
        "Pà Thẻn       | Pà Thẻn  | 41 | false",
        "Pà-thẻn       | Pà Thẻn  | 41 | true",
        "Khơ-me        | Khơ-me   | 5  | false",
        "Khơ me        | Khơ-me   | 5  | true",
        "Khmer         | Khơ-me   | 5  | true",
        "Thái          | Thái     | 3  | false",
        "Tày           | Tày      | 2  | false",
        "Mường         | Mường    | 4  | false",
        "M'nông        | Mnông    | 20 | true",
        "Bru - Vân Kiều | Bru-Vân Kiều | 24 | true",
        "Vân Kiều      | Bru-Vân Kiều | 24 | true",
      })
  void aSpellingIsReadAsTheGroupOfTheList(
      String written, String name, int code, boolean respelled) {
    var reading = groups.read(written).orElseThrow();

    assertThat(reading.group().name()).isEqualTo(name);
    assertThat(reading.group().code()).isEqualTo(code);
    assertThat(reading.respelled()).isEqualTo(respelled);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Thái Lan", "Mỹ", "Hmong Mỹ", "", "()", "Mông Cổ"})
  void anythingElseIsNotAGroup(String written) {
    assertThat(groups.read(written)).isEmpty();
  }

  @Test
  void noOtherNameStandsForTwoGroupsOrHidesAName() {
    for (var group : groups.all()) {
      assertThat(groups.read(group.name()).orElseThrow().group()).isEqualTo(group);
    }
    assertThat(groups.read("Mông").orElseThrow().group().listCode()).isEqualTo("08");
  }
}
