package vn.dangbo.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.dangbo.shared.AuditedSubject;
import vn.dangbo.shared.AuditedView;

/**
 * Writes to the trail every file a user downloads (any answer sent as a file, with a {@code
 * Content-Disposition}, naming the record it is about when the endpoint said so with {@link
 * AuditedSubject}) and every view of a full record marked {@link AuditedView}, once the answer
 * succeeded.
 */
@Component
class DownloadsAndViews implements HandlerInterceptor, WebMvcConfigurer {

  private final AuditTrail trail;

  DownloadsAndViews(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (ex != null || response.getStatus() >= 300) {
      return;
    }
    String disposition = response.getHeader("Content-Disposition");
    String query = request.getQueryString();
    String address = request.getRequestURI() + (query == null ? "" : "?" + query);
    if (disposition != null) {
      // a paper about one record names it (AuditedSubject); a list names none
      String type = null;
      String id = null;
      if (request.getAttribute(AuditedSubject.ATTRIBUTE) instanceof String subject) {
        type = subject.substring(0, subject.indexOf(':'));
        id = subject.substring(subject.indexOf(':') + 1);
      }
      trail.record(Actor.current(), "EXPORT", type, id, address);
      return;
    }
    if (handler instanceof HandlerMethod method) {
      var view = method.getMethodAnnotation(AuditedView.class);
      if (view != null
          && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
              instanceof Map<?, ?> variables) {
        Object id = variables.get("id");
        trail.record(
            Actor.current(), "VIEW", view.value(), id == null ? null : id.toString(), address);
      }
    }
  }
}
