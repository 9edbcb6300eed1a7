package vn.dangbo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.json.JsonMapper;

/** How the API reads lists and sets in a JSON body (the rest of the guard: HostileInputTests). */
class InputGuardJsonTests {

  record Body(String name, List<Long> ids, Set<String> tags) {}

  private final JsonMapper json =
      JsonMapper.builder().addModule(new InputGuard().inputGuardModule()).build();

  @Test
  void aListOrSetLeftOutOrGivenAsNullIsEmpty() {
    assertThat(json.readValue("{\"name\":\"Chi bộ\"}", Body.class))
        .isEqualTo(new Body("Chi bộ", List.of(), Set.of()));
    assertThat(json.readValue("{\"ids\":null,\"tags\":null}", Body.class))
        .isEqualTo(new Body(null, List.of(), Set.of()));
  }

  @Test
  void aNullInsideAListOrSetIsRefusedWhileReading() {
    assertThatThrownBy(() -> json.readValue("{\"ids\":[1,null]}", Body.class))
        .isInstanceOf(InvalidNullException.class);
    assertThatThrownBy(() -> json.readValue("{\"tags\":[\"a\",null]}", Body.class))
        .isInstanceOf(InvalidNullException.class);
    assertThat(json.readValue("{\"ids\":[1,2]}", Body.class).ids()).containsExactly(1L, 2L);
  }
}
