package vn.dangbo.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangbo.audit.OnBehalf;

/** Puts {@code onBehalfOf} in every page's model, so the layout says for whom data are entered. */
@ControllerAdvice(annotations = Controller.class)
class OnBehalfBanner {

  @ModelAttribute("onBehalfOf")
  String onBehalfOf(HttpServletRequest request) {
    return OnBehalf.of(request.getSession(false));
  }
}
