package vn.dangbo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Which mappings the handler lookup may pass over for a path's first segment, and that the
 * application's handlers are found through it (every endpoint is requested by AccessMatrixTests).
 */
@SpringBootTest
class FirstSegmentMappingsTests {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void theControllersHandlersAreFoundThroughIt() throws Exception {
    assertThat(mappings)
        .isInstanceOf(FirstSegmentMappings.class)
        .isInstanceOf(HtmxRequestMappingHandlerMapping.class);
    assertThat(handler("GET", "/members/273")).isEqualTo("MemberPages.detail");
    assertThat(handler("GET", "/api/v1/members/273")).isEqualTo("MemberApi.detail");
    assertThat(handler("GET", "/candidates/5")).isEqualTo("CandidatePages.detail");
    assertThat(handler("GET", "/candidates/new")).isEqualTo("CandidatePages.newForm");
    assertThat(handler("GET", "/")).isEqualTo("HomeController.home");
    assertThat(handler("GET", "/nowhere/5")).isNull();
  }

  private String handler(String method, String path) throws Exception {
    var request = new MockHttpServletRequest(method, path);
    ServletRequestPathUtils.parseAndCache(request);
    var chain = mappings.getHandler(request);
    if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler)) {
      return null;
    }
    return handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
  }

  @Test
  void aPatternsPlainFirstSegmentIsKnownAndAnyOtherIsNot() {
    assertThat(FirstSegmentMappings.firstSegment("/members/{id}")).isEqualTo("members");
    assertThat(FirstSegmentMappings.firstSegment("/api/v1/members/{id}")).isEqualTo("api");
    assertThat(FirstSegmentMappings.firstSegment("/worklist")).isEqualTo("worklist");
    assertThat(FirstSegmentMappings.firstSegment("/")).isEmpty();
    assertThat(FirstSegmentMappings.firstSegment("/{unit}/members")).isNull();
    assertThat(FirstSegmentMappings.firstSegment("/**")).isNull();
    assertThat(FirstSegmentMappings.firstSegment("/m*/x")).isNull();
    assertThat(FirstSegmentMappings.firstSegment("")).isNull();
  }

  @Test
  void aMappingIsPassedOverOnlyWhenEachOfItsPatternsHasAPlainFirstSegment() {
    assertThat(FirstSegmentMappings.firstSegments(info("/members/{id}", "/hoi-vien/{id}")))
        .containsExactlyInAnyOrder("members", "hoi-vien");
    assertThat(FirstSegmentMappings.firstSegments(info("/members/{id}", "/{any}/x"))).isEmpty();
  }

  @Test
  void theMappingsOfAnotherFirstSegmentAreNotTested() throws Exception {
    var tested = new ArrayList<String>();
    var lookup =
        new FirstSegmentMappings() {
          @Override
          RequestMappingInfo tested(RequestMappingInfo info, HttpServletRequest request) {
            tested.add(info.getPatternValues().iterator().next());
            return super.tested(info, request);
          }
        };
    var method = Object.class.getMethod("toString");
    for (String path : List.of("/alpha/{id}", "/beta/{id}", "/{unit}/{id}")) {
      lookup.registerHandlerMethod(new Object(), method, info(path));
    }
    var request = new MockHttpServletRequest("GET", "/beta/1");
    ServletRequestPathUtils.parseAndCache(request);

    assertThat(lookup.lookupHandlerMethod("/beta/1", request).getMethod()).isEqualTo(method);
    assertThat(tested).containsExactlyInAnyOrder("/beta/{id}", "/{unit}/{id}");
  }

  private static RequestMappingInfo info(String... paths) {
    return RequestMappingInfo.paths(paths)
        .options(new RequestMappingInfo.BuilderConfiguration())
        .build();
  }
}
