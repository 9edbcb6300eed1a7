package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;

/**
 * The main menu is kept per kind of user and language: each user still sees their own links, in
 * their language, and the logout form carries their own session's token.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MenusTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired JdbcClient jdbc;
  @Autowired ITemplateEngine templates;

  @Test
  void eachRoleSeesItsOwnLinksWhicheverWasDrawnFirst() throws Exception {
    for (int round = 0; round < 2; round++) {
      assertThat(page("admin", "vi")).contains("href=\"/accounts\">Tài khoản</a>");
      assertThat(page("bithu.langcheu", "vi"))
          .contains("href=\"/members\">Đảng viên</a>")
          .doesNotContain("href=\"/accounts\"");
    }
  }

  @Test
  void aMembersMenuLinksToTheirOwnDues() throws Exception {
    long first = ownRecord("dangvien.langcheu");
    long second =
        jdbc.sql(
                """
                select id from member where status = 'OFFICIAL' and id <> :first
                  and id not in (select member_id from user_account where member_id is not null)
                order by id limit 1
                """)
            .param("first", first)
            .query(Long.class)
            .single();
    TestUsers.openMemberAccount(jdbc, "dangvien.thu", second);

    for (String member : new String[] {"dangvien.langcheu", "dangvien.thu", "dangvien.langcheu"}) {
      long own = member.equals("dangvien.thu") ? second : first;
      long other = own == first ? second : first;
      assertThat(page(member, "vi"))
          .contains("href=\"/members/%d/dues\">".formatted(own))
          .doesNotContain("href=\"/members/%d/dues\">".formatted(other));
    }
  }

  @Test
  void theKeptMenuHoldsNothingOfOneSessionOrRequest() {
    var request = new MockHttpServletRequest("GET", "/rules");
    request.setParameter("q", "giang");
    // the session's token where Spring Security puts it for the page's forms and expressions
    var token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "the-sessions-token");
    request.setAttribute(CsrfToken.class.getName(), token);
    request.setAttribute("_csrf", token);
    var menu =
        new Menus(templates).of(users.current("admin"), request, new MockHttpServletResponse());

    assertThat(menu)
        .contains("href=\"/accounts\"")
        .doesNotContain("<form", "the-sessions-token", "giang");
  }

  @Test
  void theMenuIsInTheUsersLanguage() throws Exception {
    assertThat(page("admin", "vi")).contains(">Tài khoản</a>", ">Đăng xuất</button>");
    assertThat(page("admin", "en"))
        .contains(">Accounts</a>", ">Log out</button>")
        .doesNotContain(">Tài khoản</a>");
  }

  @Test
  void theLogoutFormCarriesThePagesOwnToken() throws Exception {
    for (int round = 0; round < 2; round++) {
      String body = page("bithu.langcheu", "vi");
      var header = Pattern.compile("X-CSRF-TOKEN&quot;: &quot;([^&]+)&quot;").matcher(body);
      var form =
          Pattern.compile(
                  "action=\"/logout\" method=\"post\"><input type=\"hidden\" name=\"_csrf\""
                      + " value=\"([^\"]+)\"")
              .matcher(body);
      assertThat(header.find()).isTrue();
      assertThat(form.find()).as("the logout form's token").isTrue();
      assertThat(form.group(1)).isEqualTo(header.group(1));
    }
  }

  private String page(String username, String language) throws Exception {
    var result =
        mvc.get()
            .uri("/rules")
            .cookie(new Cookie("dangbo-lang", language))
            .with(users.signedIn(username))
            .exchange();
    assertThat(result).hasStatusOk();
    return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private long ownRecord(String username) {
    return jdbc.sql("select member_id from user_account where username = :username")
        .param("username", username)
        .query(Long.class)
        .single();
  }
}
