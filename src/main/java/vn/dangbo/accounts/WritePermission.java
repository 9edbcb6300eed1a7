package vn.dangbo.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.CorrectionWrite;
import vn.dangbo.organization.OwnWrite;
import vn.dangbo.organization.RecordOwners;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.NotFoundException;

/**
 * Permission before validation: a write (any method but GET and HEAD) is refused before its body or
 * form is read when the caller may not write there, so that a malformed body from someone without
 * the right answers 403 like a well-formed one, and tells nothing of what exists. Two checks:
 *
 * <ul>
 *   <li>a user who may change nothing anywhere (a superior viewer, a committee member in charge, a
 *       member, the office of an ended organisation) gets 403 on every write except those about
 *       themselves ({@link OwnWrite}) and, for an ended organisation's office, corrections ({@link
 *       CorrectionWrite});
 *   <li>a write to a record named by id in the URL ({@code /members/17/...}) is refused unless the
 *       user manages the organisation the record belongs to ({@link RecordOwners}): 404 for a
 *       record they cannot see or that does not exist, 403 for one they may only read.
 * </ul>
 *
 * The endpoints keep their own checks: this one answers first, with the same codes.
 */
@Configuration(proxyBeanMethods = false)
class WritePermission implements HandlerInterceptor, WebMvcConfigurer {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final CurrentUserResolver users;
  private final Map<String, RecordOwners> owners = new HashMap<>();

  WritePermission(CurrentUserResolver users, List<RecordOwners> owners) {
    this.users = users;
    for (var lookup : owners) {
      for (var segment : lookup.segments()) {
        if (this.owners.put(segment, lookup) != null) {
          throw new IllegalStateException("two owners of /" + segment);
        }
      }
    }
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST
        || READS.contains(request.getMethod())
        || !(handler instanceof HandlerMethod method)
        || method.hasMethodAnnotation(OwnWrite.class)
        || !CurrentUserResolver.signedIn()) {
      return true;
    }
    var scope = users.current(request).scope();
    if (scope.everything()) {
      return true;
    }
    boolean correction = method.hasMethodAnnotation(CorrectionWrite.class);
    if (!scope.canManageAnything() && !(correction && scope.hasEnded())) {
      throw new ForbiddenException(
          scope.hasEnded() ? "organization.forbidden.ended" : "organization.forbidden");
    }
    var owner = ownerNamedIn(request);
    if (owner != null) {
      requireWritable(owner, correction, scope);
    }
    return true;
  }

  private static void requireWritable(Owner owner, boolean correction, OrganizationScope scope) {
    Long organization = owner.lookup().ownerOf(owner.segment(), owner.id()).orElse(null);
    if (organization == null || !scope.canSee(organization)) {
      throw new NotFoundException("record.notFound");
    }
    if (correction ? !scope.mayCorrectIn(organization) : !scope.canManage(organization)) {
      scope.requireManager(organization);
    }
  }

  /**
   * The record the URL names: {@code /{segment}/{id}/...} or {@code /api/v1/{segment}/{id}/...},
   * where the second part is a path variable and the segment has owners; null otherwise.
   */
  private Owner ownerNamedIn(HttpServletRequest request) {
    if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
            instanceof String pattern)
        || !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
            instanceof Map<?, ?> variables)) {
      return null;
    }
    String[] parts = pattern.replaceFirst("^/api/v1", "").split("/");
    if (parts.length < 3 || !parts[2].startsWith("{")) {
      return null;
    }
    var lookup = owners.get(parts[1]);
    String name = parts[2].substring(1, parts[2].length() - 1).replaceFirst(":.*", "");
    if (lookup == null || !(variables.get(name) instanceof String value)) {
      return null;
    }
    try {
      return new Owner(lookup, parts[1], Long.parseLong(value));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private record Owner(RecordOwners lookup, String segment, long id) {}
}
