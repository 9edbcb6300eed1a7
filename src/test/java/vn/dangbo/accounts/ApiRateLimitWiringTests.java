package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dangbo.Demo;

/** The API limit sits in the API's filter chain, counted per account, and not on the pages. */
@SpringBootTest(properties = "dangbo.security.api.calls-per-minute=3")
@AutoConfigureMockMvc
class ApiRateLimitWiringTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;

  @Test
  void theFourthCallInAMinuteIsRefusedAndThePagesStillAnswer() {
    int refusedAt = 0;
    // two minutes' worth of calls at most, in case the minute turns during the first ones
    for (int call = 1; call <= 8 && refusedAt == 0; call++) {
      var response =
          mvc.get()
              .uri("/api/v1/organizations")
              .with(httpBasic("bithu.hangdong", Demo.PASSWORD))
              .exchange();
      if (response.getResponse().getStatus() == 429) {
        refusedAt = call;
        assertThat(response).containsHeader("Retry-After");
        assertThat(response).bodyText().contains("TOO_MANY_REQUESTS");
      } else {
        assertThat(response).hasStatusOk();
      }
    }

    assertThat(refusedAt).isBetween(4, 8);
    assertThat(mvc.get().uri("/organizations").with(users.signedIn("bithu.hangdong")))
        .hasStatusOk();
  }
}
