package vn.dangbo.accounts.web;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import vn.dangbo.accounts.CurrentUser;
import vn.dangbo.organization.OrganizationScope;

/**
 * The OpenAPI document (/v3/api-docs) lists what a client sends: the signed-in user and the scope
 * are resolved by dangbo from the credentials, never parameters, so they are left out.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  static {
    SpringDocUtils.getConfig()
        .addRequestWrapperToIgnore(CurrentUser.class, OrganizationScope.class);
  }
}
