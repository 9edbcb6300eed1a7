package vn.dangbo.accounts.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;

/**
 * The OpenAPI document (/v3/api-docs) lists what a client sends: the signed-in user and the scope
 * are resolved by dangbo from the credentials, never parameters, so they are left out. Every
 * operation names the refusals it may answer, each with the one error body of the API, and the
 * document says that calls are signed with HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  static {
    SpringDocUtils.getConfig()
        .addRequestWrapperToIgnore(CurrentUser.class, OrganizationScope.class);
  }

  /** The refusals every operation may answer, with what each means. */
  static final Map<String, String> REFUSALS = refusals();

  private static Map<String, String> refusals() {
    var refusals = new LinkedHashMap<String, String>();
    refusals.put(
        "400", "The request cannot be read: malformed JSON, a wrong type, a bad parameter");
    refusals.put("401", "Sign-in needed (HTTP Basic), or the account is locked for a while");
    refusals.put("403", "The caller may not do this here (checked before the body is read)");
    refusals.put("404", "No such record, or one the caller may not see");
    refusals.put("409", "The record changed since it was read (send the version read), or a clash");
    refusals.put("422", "Refused by a rule: the message names it, and the field when there is one");
    refusals.put("429", "Too many calls this minute: retry after the Retry-After header");
    return refusals;
  }

  @Bean
  OpenApiCustomizer refusalsAndSignIn() {
    return api -> {
      var components = api.getComponents() == null ? new Components() : api.getComponents();
      api.setComponents(components);
      components.addSchemas(
          "Error",
          new ObjectSchema()
              .addProperty("code", new StringSchema().description("message code"))
              .addProperty(
                  "message", new StringSchema().description("the refusal in the caller's language"))
              .addProperty(
                  "field", new StringSchema().description("the field refused, when there is one"))
              .required(List.of("code", "message")));
      components.addSecuritySchemes(
          "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
      api.addSecurityItem(new SecurityRequirement().addList("basic"));
      var error =
          new Content()
              .addMediaType(
                  "application/json",
                  new MediaType().schema(new Schema<>().$ref("#/components/schemas/Error")));
      if (api.getPaths() == null) {
        return;
      }
      api.getPaths()
          .values()
          .forEach(
              path ->
                  path.readOperations()
                      .forEach(
                          operation ->
                              REFUSALS.forEach(
                                  (status, meaning) -> {
                                    if (!operation.getResponses().containsKey(status)) {
                                      operation
                                          .getResponses()
                                          .addApiResponse(
                                              status,
                                              new ApiResponse()
                                                  .description(meaning)
                                                  .content(error));
                                    }
                                  })));
    };
  }
}
