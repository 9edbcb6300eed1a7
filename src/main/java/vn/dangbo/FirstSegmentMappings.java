package vn.dangbo;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler lookup for the controllers, passing over at once the mappings that cannot
 * match the path. A path with a variable ({@code /members/273}) has no direct entry, so Spring
 * tests every mapping of the application against it (some 330), each one condition by condition
 * (method, parameters, headers, media types, then the path). Here a mapping whose every pattern
 * starts with a plain first segment ({@code /members/...}) is passed over when the path's first
 * segment is another; any other mapping (a first segment with a variable or a wildcard, a path not
 * yet parsed) is tested by Spring as before, which also decides among those that match. It extends
 * the htmx library's mapping, which adds its own conditions.
 */
class FirstSegmentMappings extends HtmxRequestMappingHandlerMapping {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._~-]*");

  /** For each mapping the first segments its patterns can match; empty when it cannot be told. */
  private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

  /** The first segment of the path being looked up on this thread, worked out once per lookup. */
  private final ThreadLocal<String> lookedUp = new ThreadLocal<>();

  @Override
  protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
    super.registerHandlerMethod(handler, method, mapping);
    firstSegments.put(mapping, firstSegments(mapping));
  }

  @Override
  protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
      throws Exception {
    lookedUp.set(firstSegment(request));
    try {
      return super.lookupHandlerMethod(lookupPath, request);
    } finally {
      lookedUp.remove();
    }
  }

  @Override
  protected RequestMappingInfo getMatchingMapping(
      RequestMappingInfo info, HttpServletRequest request) {
    String first = lookedUp.get();
    if (first != null) {
      var segments = firstSegments.getOrDefault(info, Set.of());
      if (!segments.isEmpty() && !segments.contains(first)) {
        return null;
      }
    }
    return tested(info, request);
  }

  /** Spring's own test of a mapping against the request. */
  RequestMappingInfo tested(RequestMappingInfo info, HttpServletRequest request) {
    return super.getMatchingMapping(info, request);
  }

  /** The plain first segments of the mapping's patterns, or none if one of them has another. */
  static Set<String> firstSegments(RequestMappingInfo info) {
    var condition = info.getPathPatternsCondition();
    if (condition == null) {
      return Set.of();
    }
    var segments = new HashSet<String>();
    for (PathPattern pattern : condition.getPatterns()) {
      String first = firstSegment(pattern.getPatternString());
      if (first == null) {
        return Set.of();
      }
      segments.add(first);
    }
    return Set.copyOf(segments);
  }

  /** The first segment of a pattern when it is plain text, else null. */
  static String firstSegment(String pattern) {
    if (!pattern.startsWith("/")) {
      return null;
    }
    int end = pattern.indexOf('/', 1);
    String first = end < 0 ? pattern.substring(1) : pattern.substring(1, end);
    return PLAIN.matcher(first).matches() ? first : null;
  }

  /** The request path's first segment as patterns match it (decoded), or null if not parsed. */
  private static String firstSegment(HttpServletRequest request) {
    if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
      return null;
    }
    var elements =
        ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().elements();
    if (elements.size() < 2) {
      return "";
    }
    return elements.get(1) instanceof PathContainer.PathSegment segment
        ? segment.valueToMatch()
        : null;
  }
}
