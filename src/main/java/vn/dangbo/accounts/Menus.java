package vn.dangbo.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.Role;

/**
 * The links of the page header's main menu (template {@code menu}), drawn once for each kind of
 * user and language and kept: they depend only on the role, on whether the user sees personal
 * records, has a record of their own and an organisation, and on the language. Some thirty links,
 * each with a condition, an address and a message, were a good part of every page's template work.
 * The template may use nothing else (it would be kept and shown to others): a form with its token
 * or a link to one's own record is drawn with each page (layout.html). At most {@value #CAPACITY}
 * menus are kept, the least recently used dropped first. One is kept by {@link LayoutAttributes}.
 */
class Menus {

  static final int CAPACITY = 1_000;

  /** What the menu's links depend on. */
  private record Kind(
      Locale locale,
      String contextPath,
      Role role,
      boolean personalRecords,
      boolean ownRecord,
      boolean organization) {}

  private final ITemplateEngine templates;
  private final Map<Kind, String> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Kind, String> eldest) {
          return size() > CAPACITY;
        }
      };

  Menus(ITemplateEngine templates) {
    this.templates = templates;
  }

  /** The menu's links for the user, as HTML. */
  String of(CurrentUser me, HttpServletRequest request, HttpServletResponse response) {
    // the language alone: the messages differ by language, and a cookie may name any locale
    var locale = Locale.forLanguageTag(RequestContextUtils.getLocale(request).getLanguage());
    var kind =
        new Kind(
            locale,
            request.getContextPath(),
            me.role(),
            me.scope().personalRecords(),
            me.scope().ownRecord() != null,
            me.organizationId() != null);
    synchronized (kept) {
      var menu = kept.get(kind);
      if (menu != null) {
        return menu;
      }
    }
    var exchange =
        JakartaServletWebApplication.buildApplication(request.getServletContext())
            .buildExchange(request, response);
    String menu = templates.process("menu", new WebContext(exchange, locale, Map.of("me", me)));
    synchronized (kept) {
      kept.put(kind, menu);
    }
    return menu;
  }
}
