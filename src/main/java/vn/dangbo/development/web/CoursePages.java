package vn.dangbo.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.development.Candidate;
import vn.dangbo.development.Course;
import vn.dangbo.development.Courses;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/** Awareness-course sessions: list, new session, enrolment and results; as pages and JSON. */
@Controller
class CoursePages {

  private final Courses courses;
  private final Organizations organizations;
  private final Clock clock;

  CoursePages(Courses courses, Organizations organizations, Clock clock) {
    this.courses = courses;
    this.organizations = organizations;
    this.clock = clock;
  }

  @GetMapping("/courses")
  String list(OrganizationScope scope, Model model) {
    model.addAttribute("courses", courses.list(scope));
    model.addAttribute("needed", courses.needed(scope));
    model.addAttribute(
        "organizers",
        organizations.treeOn(LocalDate.now(clock), scope).stream()
            .filter(o -> !o.isCell() && scope.canManage(o.id()))
            .toList());
    model.addAttribute("today", LocalDate.now(clock));
    return "development/courses";
  }

  @PostMapping("/courses")
  String open(
      @RequestParam(required = false) Long organizerId,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String place,
      @RequestParam(required = false) LocalDate startsOn,
      @RequestParam(required = false) LocalDate endsOn,
      OrganizationScope scope,
      CurrentUser user,
      Model model) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          if (organizerId == null) {
            throw new RefusedException("course.refused.incomplete");
          }
          long id =
              courses.open(organizerId, name, place, startsOn, endsOn, scope, user.username());
          return "redirect:/courses/" + id;
        },
        () -> list(scope, model));
  }

  @GetMapping("/courses/{id}")
  String detail(@PathVariable long id, OrganizationScope scope, Model model) {
    var course = find(id, scope);
    model.addAttribute("course", course);
    model.addAttribute("canManage", scope.canManage(course.organizerId()));
    model.addAttribute(
        "enrollable",
        courses.needed(scope).stream()
            .filter(c -> course.enrolments().stream().noneMatch(e -> e.candidateId() == c.id()))
            .toList());
    return "development/course";
  }

  @PostMapping("/courses/{id}/enrolments")
  String enrol(
      @PathVariable long id,
      @RequestParam(required = false) Long candidateId,
      OrganizationScope scope,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          if (candidateId == null) {
            throw new RefusedException("course.refused.incomplete");
          }
          courses.enrol(id, candidateId, scope, user.username());
          redirect.addFlashAttribute("flash", "course.enrolled");
          return "redirect:/courses/" + id;
        },
        () -> detail(id, scope, model));
  }

  @PostMapping("/courses/{id}/results")
  String result(
      @PathVariable long id,
      @RequestParam long candidateId,
      @RequestParam(defaultValue = "false") boolean passed,
      @RequestParam(required = false) String certificate,
      OrganizationScope scope,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          courses.result(id, candidateId, passed, certificate, scope, user.username());
          redirect.addFlashAttribute("flash", "course.resultRecorded");
          return "redirect:/courses/" + id;
        },
        () -> detail(id, scope, model));
  }

  @GetMapping("/api/v1/courses")
  @ResponseBody
  List<Course> apiList(OrganizationScope scope) {
    return courses.list(scope);
  }

  @PostMapping("/api/v1/courses")
  @ResponseBody
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> apiOpen(
      @RequestBody CourseRequest request, OrganizationScope scope, CurrentUser user) {
    if (request.organizerId() == null) {
      throw new RefusedException("course.refused.incomplete");
    }
    return Map.of(
        "id",
        courses.open(
            request.organizerId(),
            request.name(),
            request.place(),
            request.startsOn(),
            request.endsOn(),
            scope,
            user.username()));
  }

  @GetMapping("/api/v1/courses/{id}")
  @ResponseBody
  Course apiDetail(@PathVariable long id, OrganizationScope scope) {
    return find(id, scope);
  }

  @PostMapping("/api/v1/courses/{id}/enrolments")
  @ResponseBody
  Course apiEnrol(
      @PathVariable long id,
      @RequestBody Map<String, Long> body,
      OrganizationScope scope,
      CurrentUser user) {
    Long candidateId = body.get("candidateId");
    if (candidateId == null) {
      throw new RefusedException("course.refused.incomplete");
    }
    courses.enrol(id, candidateId, scope, user.username());
    return find(id, scope);
  }

  @PostMapping("/api/v1/courses/{id}/results")
  @ResponseBody
  Course apiResult(
      @PathVariable long id,
      @RequestBody ResultRequest request,
      OrganizationScope scope,
      CurrentUser user) {
    courses.result(
        id, request.candidateId(), request.passed(), request.certificate(), scope, user.username());
    return find(id, scope);
  }

  /** Who still needs the course: sympathisers not enrolled, and certificates about to expire. */
  @GetMapping("/api/v1/courses/needed")
  @ResponseBody
  List<Candidate> apiNeeded(OrganizationScope scope) {
    return courses.needed(scope);
  }

  private Course find(long id, OrganizationScope scope) {
    return courses.find(id, scope).orElseThrow(() -> new NotFoundException("course.notFound"));
  }

  record CourseRequest(
      Long organizerId, String name, String place, LocalDate startsOn, LocalDate endsOn) {}

  record ResultRequest(long candidateId, boolean passed, String certificate) {}
}
