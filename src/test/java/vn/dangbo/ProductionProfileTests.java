package vn.dangbo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production refuses to start while a published default password would be in use. */
class ProductionProfileTests {

  @Test
  void refusesToStartInProductionWithDefaultPasswords() {
    var application =
        new SpringApplicationBuilder(DangboApplication.class)
            .profiles("prod")
            .properties("dangbo.database.embedded.temporary=true");

    assertThatThrownBy(() -> application.run("--server.port=0"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mật khẩu mặc định");
  }
}
