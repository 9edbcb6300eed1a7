package vn.dangbo.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.dangbo.identity.Role;

/**
 * Two filter chains: HTTP Basic without sessions for scripts on {@code /api/**}, form login with
 * CSRF for people everywhere else. Both answer with Vietnamese messages, never a stack trace.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** Every rule asks for one of the roles, so a principal still awaiting its code opens nothing. */
  private static final String[] ROLES =
      Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

  private final CurrentUserResolver currentUserResolver;

  SecurityConfiguration(CurrentUserResolver currentUserResolver) {
    this.currentUserResolver = currentUserResolver;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(currentUserResolver);
  }

  @Bean
  LoginThrottle loginThrottle(
      Clock clock,
      @Value("${dangbo.security.throttle.failures:20}") int limit,
      @Value("${dangbo.security.throttle.window:10m}") Duration window) {
    return new LoginThrottle(clock, limit, window);
  }

  @Bean
  ApiRateLimit apiRateLimit(
      Clock clock, @Value("${dangbo.security.api.calls-per-minute:600}") int limit) {
    return new ApiRateLimit(clock, limit);
  }

  /** The API limit runs inside the API chain only, not a second time as a plain filter. */
  @Bean
  FilterRegistrationBean<ApiRateLimit> apiRateLimitRegistration(ApiRateLimit limit) {
    var registration = new FilterRegistrationBean<>(limit);
    registration.setEnabled(false);
    return registration;
  }

  /** The throttle runs inside the security chains only, not a second time as a plain filter. */
  @Bean
  FilterRegistrationBean<LoginThrottle> loginThrottleRegistration(LoginThrottle throttle) {
    var registration = new FilterRegistrationBean<>(throttle);
    registration.setEnabled(false);
    return registration;
  }

  /**
   * No tracing observation around each of the chains' filters: nothing reads them (the request's
   * own timer stays), and wrapping every filter of every request cost about 2 % of a page's CPU.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** The user name of an HTTP Basic request, or null. */
  private static String basicUsername(jakarta.servlet.http.HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String pair =
          new String(
              java.util.Base64.getDecoder().decode(header.substring(6).strip()),
              java.nio.charset.StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 0 ? null : pair.substring(0, colon);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static final java.util.Set<String> SAFE_METHODS =
      java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http,
      LoginThrottle throttle,
      ApiRateLimit rateLimit,
      SecondFactorSignIn secondFactor,
      ObjectProvider<LoginAttempts> attempts,
      Clock clock)
      throws Exception {
    AuthenticationEntryPoint unauthorized =
        (request, response, e) -> {
          if (e
              instanceof
              org.springframework.security.authentication.InternalAuthenticationServiceException) {
            // the account could not be read: the database is away, not the password wrong
            response.setHeader("Retry-After", "30");
            json(
                response,
                HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "DATABASE_UNAVAILABLE",
                "Tạm thời không kết nối được cơ sở dữ liệu. Hãy thử lại sau ít phút.");
            return;
          }
          response.setHeader("WWW-Authenticate", "Basic realm=\"dangbo\", charset=\"UTF-8\"");
          if (e instanceof SecondFactorSignIn.WrongCodeException) {
            json(
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "SECOND_FACTOR_REQUIRED",
                "Tài khoản này dùng xác thực hai bước: gửi mã 6 số đang hiện trong ứng dụng xác"
                    + " thực, trong tiêu đề "
                    + SecondFactorSignIn.CODE_HEADER
                    + ".");
            return;
          }
          var counted = attempts.getIfAvailable();
          if (e instanceof LockedException && counted != null) {
            // as on the sign-in page: until when, and whom to call (the same for unknown names)
            String until =
                counted
                    .lockedUntil(basicUsername(request))
                    .map(
                        day ->
                            " đến "
                                + DateTimeFormatter.ofPattern("HH:mm")
                                    .withZone(clock.getZone())
                                    .format(day))
                    .orElse("");
            json(
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "ACCOUNT_LOCKED",
                "Tài khoản tạm khóa"
                    + until
                    + " vì nhập sai mật khẩu nhiều lần. Cần dùng ngay: gọi văn phòng đảng ủy xã"
                    + " hoặc quản trị hệ thống để đặt lại mật khẩu (đặt lại cũng mở khóa).");
            return;
          }
          json(
              response,
              HttpServletResponse.SC_UNAUTHORIZED,
              "UNAUTHORIZED",
              "Cần đăng nhập (HTTP Basic).");
        };
    http.securityMatcher("/api/**")
        .addFilterBefore(throttle, BasicAuthenticationFilter.class)
        .addFilterAfter(secondFactor.apiFilter(unauthorized), BasicAuthenticationFilter.class)
        .addFilterAfter(rateLimit, BasicAuthenticationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(ROLES))
        .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
        // the pages' own scripts (the offline queue) call the API with the signed-in session; such
        // a write must carry the session's CSRF token, as a form does; a call with a password
        // (Basic), or without a session cookie, has nothing to forge and needs none
        .securityContext(
            c -> c.securityContextRepository(new HttpSessionSecurityContextRepository()))
        .csrf(
            c ->
                c.requireCsrfProtectionMatcher(
                    request ->
                        !SAFE_METHODS.contains(request.getMethod())
                            && request.getHeader("Authorization") == null
                            && request.getRequestedSessionId() != null))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(unauthorized)
                    .accessDeniedHandler(
                        (request, response, denied) -> {
                          var who = SecurityContextHolder.getContext().getAuthentication();
                          if (denied instanceof CsrfException
                              && (who == null || !who.isAuthenticated())) {
                            // the session of the page that sent it has ended (a phone back online
                            // after a long time): sign in again, not "forbidden"
                            json(
                                response,
                                HttpServletResponse.SC_UNAUTHORIZED,
                                "SESSION_EXPIRED",
                                "Phiên đăng nhập đã hết: hãy đăng nhập lại.");
                            return;
                          }
                          json(
                              response,
                              HttpServletResponse.SC_FORBIDDEN,
                              "FORBIDDEN",
                              "Bạn không có quyền làm việc này.");
                        }))
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(
      HttpSecurity http,
      LoginThrottle throttle,
      SecondFactorSignIn secondFactor,
      ObjectProvider<LoginAttempts> attempts,
      Clock clock)
      throws Exception {
    http.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login",
                        "/login/code",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/sw.js",
                        "/manifest.webmanifest",
                        "/offline.html",
                        "/icons/**",
                        "/error",
                        "/actuator/health",
                        "/v3/api-docs",
                        "/v3/api-docs/**")
                    .permitAll()
                    .requestMatchers("/admin/**", "/actuator/**")
                    .hasRole(Role.ADMINISTRATOR.name())
                    .anyRequest()
                    .hasAnyRole(ROLES))
        .formLogin(
            f ->
                f.loginPage("/login")
                    .successHandler(secondFactor)
                    .failureHandler(
                        (request, response, exception) -> {
                          String reason =
                              exception instanceof LockedException
                                  ? "locked"
                                  : exception instanceof DisabledException ? "disabled" : "bad";
                          // a lock says until when (the same for a name no account has)
                          var counted = attempts.getIfAvailable();
                          String until =
                              exception instanceof LockedException && counted != null
                                  ? counted
                                      .lockedUntil(request.getParameter("username"))
                                      .map(
                                          day ->
                                              "&until="
                                                  + DateTimeFormatter.ofPattern("HH:mm")
                                                      .withZone(clock.getZone())
                                                      .format(day))
                                      .orElse("")
                                  : "";
                          response.sendRedirect(
                              request.getContextPath() + "/login?error=" + reason + until);
                        }))
        .logout(
            l ->
                l.logoutSuccessUrl("/login?logout")
                    // nothing of the session stays in the browser's storage or cookies (pages are
                    // never cached: Spring Security sends no-store)
                    .addLogoutHandler(
                        new HeaderWriterLogoutHandler(
                            new ClearSiteDataHeaderWriter(
                                ClearSiteDataHeaderWriter.Directive.COOKIES,
                                ClearSiteDataHeaderWriter.Directive.STORAGE))))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                        (request, response, ex) -> {
                          // an htmx request after the session expired: reload the whole page
                          response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                          response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                        },
                        new RequestHeaderRequestMatcher("HX-Request", "true"))
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  private static void json(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
  }
}
