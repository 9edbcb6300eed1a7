package vn.dangbo;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxMvcAutoConfiguration;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Application-wide settings: Vietnam's clock, Vietnamese by default with English on request, the
 * controllers' handler lookup.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationConfiguration implements WebMvcConfigurer {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock() {
    return Clock.system(VIETNAM);
  }

  /**
   * The controllers' handlers found without testing mappings that cannot match the path. The htmx
   * library registers its own handler mapping, adapter and exception resolver the same way; Spring
   * MVC takes one registration (the primary one), so this one keeps the library's adapter and
   * resolver and extends its mapping. Static: Spring MVC's configuration asks for it while this
   * configuration, one of its configurers, may still be in creation.
   */
  @Bean
  @Primary
  static WebMvcRegistrations firstSegmentMappings(HtmxMvcAutoConfiguration htmx) {
    return new WebMvcRegistrations() {
      @Override
      public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new FirstSegmentMappings();
      }

      @Override
      public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return htmx.getRequestMappingHandlerAdapter();
      }

      @Override
      public ExceptionHandlerExceptionResolver getExceptionHandlerExceptionResolver() {
        return htmx.getExceptionHandlerExceptionResolver();
      }
    };
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
