package vn.dangbo;

import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Links in pages are written as built. Only links to the application's own static files go through
 * the response's URL encoding, where the resource chain adds their content hash ({@code
 * /css/dangbo-<hash>.css}). Every other link used to be looked up there as a possible static file
 * in the jar too, which took most of the CPU of a page with many links.
 */
@Configuration(proxyBeanMethods = false)
class PageLinks {

  PageLinks(SpringTemplateEngine engine) {
    engine.setLinkBuilder(new StaticFilesOnly());
  }

  static final class StaticFilesOnly extends StandardLinkBuilder {

    @Override
    protected String processLink(IExpressionContext context, String link) {
      return isStaticFile(link) ? super.processLink(context, link) : link;
    }

    static boolean isStaticFile(String link) {
      return link.startsWith("/css/") || link.startsWith("/js/");
    }
  }
}
