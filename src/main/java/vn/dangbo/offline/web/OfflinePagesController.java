package vn.dangbo.offline.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.offline.OfflineReading;

/**
 * Dùng khi mất sóng: the page where a user saves their cell's pages on the phone and sees what is
 * waiting to be sent, and the list of the pages to save.
 */
@Controller
class OfflinePagesController {

  private final OfflineReading reading;

  OfflinePagesController(OfflineReading reading) {
    this.reading = reading;
  }

  @GetMapping("/offline")
  String page(OrganizationScope scope, Model model) {
    model.addAttribute("cells", reading.cells(scope));
    return "offline/index";
  }

  /** The paths the phone saves for the user: those of the user's own cells only. */
  @GetMapping("/offline/pages")
  @ResponseBody
  Map<String, List<String>> pages(OrganizationScope scope) {
    return Map.of("pages", reading.pages(scope));
  }
}
