package vn.dangbo.offline;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An API write (POST, PUT, PATCH, DELETE under {@code /api/}) sent with an {@code Idempotency-Key}
 * header (a UUID) is answered once: the key is claimed, the write runs and its answer is kept in
 * the same transaction, so a second send of the key (a phone retrying after a lost answer) gets the
 * first answer again, marked {@code Idempotency-Replayed: true}, and records nothing. A refusal
 * (4xx) is kept too, after its transaction rolled back; a server error is not, so the key can be
 * sent again. Two sends at once: the second waits for the first to commit, then replays it. A key
 * used for another method or path answers 422.
 */
class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  private static final int MAX_KEPT_BODY = 1 << 20;

  private final IdempotentRequests requests;
  private final PlatformTransactionManager transactions;
  private final MessageSource messages;

  IdempotencyFilter(
      IdempotentRequests requests,
      PlatformTransactionManager transactions,
      MessageSource messages) {
    this.requests = requests;
    this.transactions = transactions;
    this.messages = messages;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    return request.getHeader(HEADER) == null
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || !(method.equals("POST")
            || method.equals("PUT")
            || method.equals("PATCH")
            || method.equals("DELETE"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    UUID key;
    try {
      key = UUID.fromString(request.getHeader(HEADER).strip());
    } catch (IllegalArgumentException notUuid) {
      refuse(response, 400, "idempotency.keyInvalid");
      return;
    }
    String username = authentication.getName();
    String method = request.getMethod();
    String path = request.getRequestURI();
    var wrapped = new ContentCachingResponseWrapper(response);
    TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
    boolean claimed;
    try {
      claimed = requests.claim(username, key, method, path);
      if (claimed) {
        chain.doFilter(request, wrapped);
      }
    } catch (IOException | ServletException | RuntimeException failed) {
      transactions.rollback(transaction);
      throw failed;
    }
    if (!claimed) {
      transactions.rollback(transaction);
      replay(response, requests.find(username, key).orElse(null), method, path);
      return;
    }
    int status = wrapped.getStatus();
    byte[] body = wrapped.getContentAsByteArray();
    var answer =
        new IdempotentRequests.Answer(
            method,
            path,
            status,
            wrapped.getContentType(),
            body.length <= MAX_KEPT_BODY ? body : new byte[0]);
    if (status < 400 && !transaction.isRollbackOnly()) {
      requests.keep(username, key, answer);
      transactions.commit(transaction);
    } else {
      transactions.rollback(transaction);
      if (status < 500) {
        new TransactionTemplate(transactions)
            .executeWithoutResult(t -> requests.keep(username, key, answer));
      }
    }
    wrapped.copyBodyToResponse();
  }

  private void replay(
      HttpServletResponse response, IdempotentRequests.Answer answer, String method, String path)
      throws IOException {
    if (answer == null || answer.status() == 0) {
      refuse(response, 409, "idempotency.inProgress");
      return;
    }
    if (!answer.method().equals(method) || !answer.path().equals(path)) {
      refuse(response, 422, "idempotency.keyReused");
      return;
    }
    response.setStatus(answer.status());
    response.setHeader("Idempotency-Replayed", "true");
    if (answer.contentType() != null) {
      response.setContentType(answer.contentType());
    }
    response.setContentLength(answer.body().length);
    response.getOutputStream().write(answer.body());
  }

  private void refuse(HttpServletResponse response, int status, String code) throws IOException {
    String message = messages.getMessage(code, null, LocaleContextHolder.getLocale());
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"code\":\""
                + code
                + "\",\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}");
  }
}
