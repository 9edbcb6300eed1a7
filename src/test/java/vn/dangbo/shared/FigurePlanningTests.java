package vn.dangbo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class FigurePlanningTests {

  @Autowired JdbcClient jdbc;

  @Test
  void aGroupingGivenRoomToHashHasItAndTheTransactionGetsBackWhatItHad() {
    jdbc.sql("set local work_mem = '5MB'").update();
    var inside = new AtomicReference<String>();

    FigurePlanning.withRoomToHash(jdbc, () -> inside.set(workMem()));

    assertThat(inside.get()).isEqualTo(FigurePlanning.ROOM_TO_HASH);
    assertThat(workMem()).isEqualTo("5MB");
  }

  private String workMem() {
    return jdbc.sql("show work_mem").query(String.class).single();
  }
}
