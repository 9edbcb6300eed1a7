package vn.dangbo;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that reach the container's error page (a path that does not exist, a refused request
 * before any controller) answer in the API's shape {@code {code, message}}, without exception
 * details.
 */
@Component
class ErrorBodies extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    var attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
    Object status = attributes.getOrDefault("status", 500);
    attributes.put(
        "code",
        switch (status instanceof Integer s ? s : 500) {
          case 400 -> "BAD_REQUEST";
          case 401 -> "UNAUTHORIZED";
          case 403 -> "FORBIDDEN";
          case 404 -> "NOT_FOUND";
          case 405 -> "METHOD_NOT_ALLOWED";
          case 413 -> "PAYLOAD_TOO_LARGE";
          default -> "SERVER_ERROR";
        });
    attributes.put(
        "message",
        switch (status instanceof Integer s ? s : 500) {
          case 400 -> "Yêu cầu không hợp lệ.";
          case 401 -> "Cần đăng nhập.";
          case 403 -> "Bạn không có quyền làm việc này.";
          case 404 -> "Không tìm thấy.";
          case 405 -> "Phương thức không được hỗ trợ.";
          case 413 -> "Dữ liệu gửi lên quá lớn.";
          default -> "Đã có lỗi. Vui lòng thử lại sau.";
        });
    attributes.remove("error");
    attributes.remove("exception");
    attributes.remove("trace");
    attributes.remove("errors");
    return attributes;
  }
}
