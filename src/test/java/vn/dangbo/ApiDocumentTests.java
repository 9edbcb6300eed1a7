package vn.dangbo;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document is the truth: every API endpoint, no parameter a client never sends, and the
 * refusals each operation may answer with the API's error body, so that a generated client reads
 * them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDocumentTests {

  @Autowired MockMvcTester mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyApiEndpointIsDocumentedWithoutTheSignedInUserOrTheScope() throws Exception {
    String document =
        mvc.get()
            .uri("/v3/api-docs")
            .exchange()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");

    var missing = new ArrayList<String>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info ->
                info.getPatternValues().stream()
                    .filter(path -> path.startsWith("/api/"))
                    .forEach(
                        path ->
                            info.getMethodsCondition()
                                .getMethods()
                                .forEach(
                                    method -> {
                                      var operations = paths.get(path);
                                      if (operations == null
                                          || !operations.containsKey(method.name().toLowerCase())) {
                                        missing.add(method + " " + path);
                                      }
                                    })));
    List<String> internal =
        JsonPath.read(
            document, "$.paths.*.*.parameters[?(@.name in ['user', 'scope', 'principal'])].name");

    assertThat(missing).as("API endpoints missing from /v3/api-docs").isEmpty();
    assertThat(internal).as("parameters a client never sends").isEmpty();
  }

  @Test
  void everyOperationDocumentsItsRefusalsWithTheErrorBody() throws Exception {
    String document =
        mvc.get()
            .uri("/v3/api-docs")
            .exchange()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    List<Object> operations = JsonPath.read(document, "$.paths.*.*");
    for (var status : List.of("400", "401", "403", "404", "409", "422")) {
      List<String> refs =
          JsonPath.read(
              document,
              "$.paths.*.*.responses['" + status + "'].content['application/json'].schema.$ref");
      assertThat(refs)
          .as("operations documenting " + status)
          .hasSize(operations.size())
          .containsOnly("#/components/schemas/Error");
    }
    assertThat((List<String>) JsonPath.read(document, "$.components.schemas.Error.required"))
        .containsExactly("code", "message");
    assertThat((String) JsonPath.read(document, "$.components.securitySchemes.basic.scheme"))
        .isEqualTo("basic");
  }
}
