package vn.dangbo.notifications;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP gateway for SMS or Zalo's notification service: POST to the configured URL with a bearer
 * token, a JSON body {@code {"phone", "template_id", "params"}} and the header {@code
 * Idempotency-Key}, so that a gateway that honours it sends a retried message once. Any answer but
 * 2xx is a failure the outbox retries.
 */
class HttpSmsGateway implements SmsGateway {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI url;
  private final String token;

  HttpSmsGateway(String url, String token) {
    this.url = URI.create(url);
    this.token = token;
  }

  @Override
  public void send(String phone, String templateId, Map<String, String> parameters, String key)
      throws Exception {
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("phone", phone);
    body.put("template_id", templateId);
    body.put("params", new TreeMap<>(parameters));
    var request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build();
    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      String answer = response.body() == null ? "" : response.body();
      throw new IllegalStateException(
          "Cổng tin nhắn trả lời "
              + response.statusCode()
              + (answer.isBlank()
                  ? ""
                  : ": " + answer.substring(0, Math.min(200, answer.length()))));
    }
  }
}
