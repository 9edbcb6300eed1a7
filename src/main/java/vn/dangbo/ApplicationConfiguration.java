package vn.dangbo;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Application-wide settings: Vietnam's clock, Vietnamese by default with English on request. */
@Configuration(proxyBeanMethods = false)
class ApplicationConfiguration implements WebMvcConfigurer {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock() {
    return Clock.system(VIETNAM);
  }

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver("dangbo-lang");
    resolver.setDefaultLocale(Locale.forLanguageTag("vi"));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    var change =
        new LocaleChangeInterceptor() {
          /** Only the languages of the messages; anything else (?lang=%22) is a bad request. */
          /** The error page of a refused language is shown in the language already chosen. */
          @Override
          public boolean preHandle(
              jakarta.servlet.http.HttpServletRequest request,
              jakarta.servlet.http.HttpServletResponse response,
              Object handler)
              throws jakarta.servlet.ServletException {
            return request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST
                || super.preHandle(request, response, handler);
          }

          @Override
          protected Locale parseLocaleValue(String value) {
            if (!value.equals("vi") && !value.equals("en")) {
              throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lang");
            }
            return Locale.forLanguageTag(value);
          }
        };
    change.setParamName("lang");
    registry.addInterceptor(change);
  }
}
