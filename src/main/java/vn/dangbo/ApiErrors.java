package vn.dangbo;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Turns refusals of the JSON API into {@code {code, message}} with the message in the caller's
 * language (Vietnamese by default). Never exposes an exception's own text.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {

  private final MessageSource messages;

  ApiErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler
  ResponseEntity<Map<String, Object>> refused(RefusedException e, Locale locale) {
    var response = body(HttpStatus.UNPROCESSABLE_CONTENT, e.messageCode(), e.arguments(), locale);
    if (e.rule() != null) {
      response.getBody().put("rule", e.rule());
      response.getBody().put("legalBasis", e.legalBasis());
    }
    if (e.field() != null) {
      response.getBody().put("field", e.field());
    }
    return response;
  }

  @ExceptionHandler
  ResponseEntity<Map<String, Object>> notFound(NotFoundException e, Locale locale) {
    return body(HttpStatus.NOT_FOUND, e.messageCode(), new Object[0], locale);
  }

  @ExceptionHandler
  ResponseEntity<Map<String, Object>> forbidden(ForbiddenException e, Locale locale) {
    return body(HttpStatus.FORBIDDEN, e.messageCode(), new Object[0], locale);
  }

  @ExceptionHandler({
    org.springframework.web.bind.MethodArgumentNotValidException.class,
    org.springframework.web.multipart.MultipartException.class,
    org.springframework.web.multipart.support.MissingServletRequestPartException.class,
    HttpMessageNotReadableException.class,
    MethodArgumentTypeMismatchException.class,
    MissingServletRequestParameterException.class
  })
  ResponseEntity<Map<String, Object>> malformed(Exception e, Locale locale) {
    if (e.getCause() != null && e.getCause().getCause() instanceof RefusedException refused) {
      return refused(refused, locale);
    }
    var response = body(HttpStatus.BAD_REQUEST, "error.badRequest", new Object[0], locale);
    String field = jsonField(e);
    if (field != null) {
      response.getBody().put("field", field);
    }
    return response;
  }

  /** The field of a JSON body that could not be read, as a path ("record.birthDate"), if known. */
  private static String jsonField(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof tools.jackson.databind.DatabindException databind
          && !databind.getPath().isEmpty()) {
        var path = new StringBuilder();
        for (var reference : databind.getPath()) {
          if (reference.getPropertyName() != null) {
            path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
          } else if (reference.getIndex() >= 0) {
            path.append('[').append(reference.getIndex()).append(']');
          }
        }
        return path.isEmpty() ? null : path.toString();
      }
    }
    return null;
  }

  @ExceptionHandler
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e, Locale locale) {
    return body(HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge", new Object[0], locale);
  }

  /** The database cannot be reached: try again shortly (the pool reconnects by itself). */
  @ExceptionHandler({
    org.springframework.dao.DataAccessResourceFailureException.class,
    org.springframework.transaction.CannotCreateTransactionException.class
  })
  ResponseEntity<Map<String, Object>> unavailable(Exception e, Locale locale) {
    var response =
        body(HttpStatus.SERVICE_UNAVAILABLE, "error.databaseUnavailable", new Object[0], locale);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "30")
        .body(response.getBody());
  }

  @ExceptionHandler
  ResponseEntity<Map<String, Object>> concurrent(
      OptimisticLockingFailureException e, Locale locale) {
    return body(HttpStatus.CONFLICT, "error.concurrentChange", new Object[0], locale);
  }

  @ExceptionHandler
  ResponseEntity<Map<String, Object>> conflict(DataIntegrityViolationException e, Locale locale) {
    if (PageErrors.tooLong(e)) {
      return body(HttpStatus.BAD_REQUEST, "error.valueTooLong", new Object[0], locale);
    }
    return body(HttpStatus.CONFLICT, "error.conflict", new Object[0], locale);
  }

  private ResponseEntity<Map<String, Object>> body(
      HttpStatus status, String code, Object[] arguments, Locale locale) {
    var body = new LinkedHashMap<String, Object>();
    body.put("code", code);
    body.put("message", messages.getMessage(code, arguments, code, locale));
    return ResponseEntity.status(status).body(body);
  }
}
