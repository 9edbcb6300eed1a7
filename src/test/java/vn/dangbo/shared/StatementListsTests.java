package vn.dangbo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lists written into statements so that their prepared plans are kept. */
class StatementListsTests {

  @Test
  void enumConstantsAreQuotedInOneOrderWhateverTheSetsOrder() {
    assertThat(EnumList.of(List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY)))
        .isEqualTo("('MONDAY', 'SUNDAY')")
        .isEqualTo(EnumList.of(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY)));
    assertThat(EnumList.of(Set.of(DayOfWeek.FRIDAY))).isEqualTo("('FRIDAY')");
  }

  @Test
  void anEmptyListHasNoSqlForm() {
    assertThatThrownBy(() -> EnumList.of(List.<DayOfWeek>of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneIdIsMatchedAsAValueSeveralAsAnArray() {
    var one = IdMatch.of("s.candidate_id", "ids", List.of(7L));
    assertThat(one.sql()).isEqualTo("s.candidate_id = :ids");
    assertThat(one.value()).isEqualTo(7L);

    var several = IdMatch.of("s.candidate_id", "ids", List.of(7L, 9L));
    assertThat(several.sql()).isEqualTo("s.candidate_id = any(:ids)");
    assertThat(several.value()).isEqualTo(new Long[] {7L, 9L});

    assertThat(IdMatch.of("member_id", "ids", List.of()).value()).isEqualTo(new Long[0]);
  }
}
