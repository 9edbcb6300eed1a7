package vn.dangbo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTests {

  @Autowired MockMvcTester mvc;

  @Test
  void describesTheApiWithoutSigningIn() {
    assertThat(mvc.get().uri("/v3/api-docs"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.paths")
        .asMap()
        .containsKeys(
            "/api/v1/me",
            "/api/v1/organizations",
            "/api/v1/organizations/{id}/summary",
            "/api/v1/places");
  }
}
