package vn.dangbo.organization.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.NewPlace;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.PlaceKind;
import vn.dangbo.organization.Places;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;

/** Recording the places of a commune and which cell serves each. */
@Controller
class PlacePages {

  static final String VIEW = "organization/places";
  static final String ROW = "organization/place-row :: row";

  private final Organizations organizations;
  private final Places places;
  private final Clock clock;

  PlacePages(Organizations organizations, Places places, Clock clock) {
    this.organizations = organizations;
    this.places = places;
    this.clock = clock;
  }

  @GetMapping("/organizations/{id}/places")
  String list(@PathVariable long id, OrganizationScope scope, Model model) {
    model.addAttribute("form", new PlaceForm(null, PlaceKind.VILLAGE, LocalDate.now(clock), null));
    return view(id, scope, model);
  }

  @PostMapping("/organizations/{id}/places")
  String add(
      @PathVariable long id,
      @ModelAttribute("form") PlaceForm form,
      BindingResult result,
      OrganizationScope scope,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    Decisions.requireBound(form, result);
    return Forms.attempt(
            result,
            () -> {
              places.record(
                  new NewPlace(id, form.name(), form.kind(), form.from(), form.servingCellId()),
                  scope);
              redirect.addFlashAttribute("flash", "places.added");
              return "redirect:/organizations/" + id + "/places";
            })
        .orElseGet(() -> view(id, scope, model));
  }

  /** Changes the serving cell; from htmx only the row comes back, with any refusal in it. */
  @PostMapping("/places/{placeId}/service")
  String serve(
      @PathVariable long placeId,
      @ModelAttribute ServiceForm form,
      OrganizationScope scope,
      HtmxRequest htmx,
      Model model) {
    LocalDate today = LocalDate.now(clock);
    var place =
        places
            .find(placeId, today, scope)
            .orElseThrow(() -> new NotFoundException("place.notFound"));
    if (Forms.attempt(
        () ->
            places.serve(placeId, form.cellId(), form.from() == null ? today : form.from(), scope),
        refusal -> model.addAttribute("refusal", refusal))) {
      model.addAttribute("saved", true);
    }
    if (!htmx.isHtmxRequest()) {
      return "redirect:/organizations/" + place.communeId() + "/places";
    }
    model.addAttribute("p", places.find(placeId, today, scope).orElseThrow());
    model.addAttribute("cells", cellsOf(place.communeId(), today, scope));
    model.addAttribute("today", today);
    return ROW;
  }

  private String view(long id, OrganizationScope scope, Model model) {
    LocalDate today = LocalDate.now(clock);
    var commune =
        organizations
            .findOn(id, today, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    if (!scope.canManage(id) || commune.isCell()) {
      throw new ForbiddenException("organization.forbidden");
    }
    model.addAttribute("commune", commune);
    model.addAttribute("places", places.of(id, today, scope));
    model.addAttribute("cells", cellsOf(id, today, scope));
    model.addAttribute("kinds", PlaceKind.values());
    model.addAttribute("today", today);
    return VIEW;
  }

  private List<OrganizationNode> cellsOf(long id, LocalDate on, OrganizationScope scope) {
    return organizations.descendantsOn(id, on).stream()
        .filter(OrganizationNode::isCell)
        .filter(c -> scope.canSee(c.id()))
        .toList();
  }

  record PlaceForm(String name, PlaceKind kind, LocalDate from, Long servingCellId) {}

  record ServiceForm(Long cellId, LocalDate from) {}
}
