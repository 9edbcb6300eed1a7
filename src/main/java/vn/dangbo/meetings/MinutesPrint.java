package vn.dangbo.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.dangbo.documents.Pdf;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.Organizations;

/**
 * Prints a meeting's minutes (biên bản) in the usual layout as an A4 PDF, with the DejaVu Sans font
 * embedded so that every Vietnamese letter prints, and page numbers. The editable Word minutes are
 * the official document {@code bien-ban-sinh-hoat}, filled from the same record.
 */
@Service
public class MinutesPrint {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** What the minutes say beyond the meeting itself: the parent, the counts, the guests' names. */
  private record Facts(
      String parentName,
      long counted,
      long present,
      long excused,
      long unexcused,
      List<String> guests,
      String printedOn) {}

  private final ITemplateEngine templates;
  private final Organizations organizations;
  private final CommitteeMembers committeeMembers;
  private final Clock clock;

  MinutesPrint(
      ITemplateEngine templates,
      Organizations organizations,
      CommitteeMembers committeeMembers,
      Clock clock) {
    this.templates = templates;
    this.organizations = organizations;
    this.committeeMembers = committeeMembers;
    this.clock = clock;
  }

  /** The minutes as an A4 PDF. */
  public byte[] pdf(Meeting meeting, Locale locale) {
    var facts = facts(meeting);
    var context = new Context(locale);
    context.setVariable("meeting", meeting);
    context.setVariable("css", Pdf.stylesheet("a4.css"));
    context.setVariable("printedOn", facts.printedOn());
    context.setVariable("parentName", facts.parentName());
    context.setVariable("counted", String.valueOf(facts.counted()));
    context.setVariable("present", String.valueOf(facts.present()));
    context.setVariable("excused", String.valueOf(facts.excused()));
    context.setVariable("unexcused", String.valueOf(facts.unexcused()));
    context.setVariable("guests", facts.guests());
    return Pdf.render(templates.process("meetings/minutes-print", context));
  }

  private Facts facts(Meeting meeting) {
    String parentName =
        organizations
            .findOn(meeting.organizationId(), meeting.heldOn(), ALL)
            .flatMap(
                o ->
                    o.parentId() == null
                        ? Optional.empty()
                        : organizations.findOn(o.parentId(), meeting.heldOn(), ALL))
            .map(o -> o.name())
            .orElse("");
    return new Facts(
        parentName,
        meeting.attendance().stream().filter(Meeting.Attendance::counted).count(),
        count(meeting, Presence.PRESENT),
        count(meeting, Presence.EXCUSED),
        count(meeting, Presence.UNEXCUSED),
        meeting.guests().stream()
            .map(id -> committeeMembers.find(id).map(m -> m.fullName()).orElse(""))
            .toList(),
        LocalDate.now(clock).format(DAY));
  }

  private static long count(Meeting meeting, Presence presence) {
    return meeting.attendance().stream()
        .filter(a -> a.counted() && a.presence() == presence)
        .count();
  }
}
