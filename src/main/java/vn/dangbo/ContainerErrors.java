package vn.dangbo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the application sees them (an encoded {@code /} or a NUL in the
 * path, a malformed request line) answer in dangbo's forms, not with Tomcat's English page: a short
 * Vietnamese HTML page, or the API's JSON body for {@code /api/} paths and callers asking for JSON.
 * Nothing about the server is shown.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          if (context.getParent() instanceof StandardHost host) {
            host.setErrorReportValveClass(Report.class.getName());
          }
        });
  }

  /** The host's error report. */
  public static class Report extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      // as sent: a path Tomcat could not decode has no decoded form
      String uri = request.getCoyoteRequest().requestURI().toString();
      boolean json =
          ErrorForms.wantsJson(uri, request.getContextPath(), request.getHeader("Accept"));
      try {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(json ? "application/json" : "text/html");
        Writer writer = response.getReporter();
        if (writer == null) {
          return;
        }
        if (json) {
          writer.write(
              "{\"status\":"
                  + status
                  + ",\"code\":\"BAD_REQUEST\",\"message\":\"Yêu cầu không hợp lệ.\"}");
        } else {
          writer.write(
              "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                  + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                  + "<title>Yêu cầu không hợp lệ</title></head>"
                  + "<body style=\"font-family:sans-serif;font-size:1.25rem;margin:1.5rem\">"
                  + "<h1>Yêu cầu không hợp lệ</h1>"
                  + "<p>Địa chỉ này không đúng. Hãy quay về <a href=\"/\">trang chủ</a>.</p>"
                  + "</body></html>");
        }
        response.finishResponse();
      } catch (IOException | IllegalStateException e) {
        // the connection is gone: nothing more to say
      }
    }
  }
}
