package vn.dangbo.meetings;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.organization.Organizations;

/**
 * Prints a meeting's minutes (biên bản) as an A4 PDF in the usual layout, with the DejaVu Sans font
 * embedded so that every Vietnamese letter prints, and page numbers.
 */
@Service
public class MinutesPdf {

  private static final OrganizationScope ALL = OrganizationScope.all();

  private final ITemplateEngine templates;
  private final Organizations organizations;
  private final CommitteeMembers committeeMembers;
  private final Clock clock;

  MinutesPdf(
      ITemplateEngine templates,
      Organizations organizations,
      CommitteeMembers committeeMembers,
      Clock clock) {
    this.templates = templates;
    this.organizations = organizations;
    this.committeeMembers = committeeMembers;
    this.clock = clock;
  }

  public byte[] print(Meeting meeting, Locale locale) {
    var context = new Context(locale);
    context.setVariable("meeting", meeting);
    context.setVariable("css", css());
    context.setVariable(
        "printedOn", LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    context.setVariable(
        "parentName",
        organizations
            .findOn(meeting.organizationId(), meeting.heldOn(), ALL)
            .flatMap(
                o ->
                    o.parentId() == null
                        ? java.util.Optional.empty()
                        : organizations.findOn(o.parentId(), meeting.heldOn(), ALL))
            .map(o -> o.name())
            .orElse(""));
    long counted = meeting.attendance().stream().filter(Meeting.Attendance::counted).count();
    context.setVariable("counted", String.valueOf(counted));
    context.setVariable("present", String.valueOf(count(meeting, Presence.PRESENT)));
    context.setVariable("excused", String.valueOf(count(meeting, Presence.EXCUSED)));
    context.setVariable("unexcused", String.valueOf(count(meeting, Presence.UNEXCUSED)));
    context.setVariable(
        "guests",
        meeting.guests().stream()
            .map(id -> committeeMembers.find(id).map(m -> m.fullName()).orElse(""))
            .toList());
    String html = templates.process("meetings/minutes-print", context);
    try (var out = new ByteArrayOutputStream()) {
      var builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(
          () -> getClass().getResourceAsStream("/fonts/DejaVuSans.ttf"),
          "DejaVu Sans",
          400,
          FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> getClass().getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"),
          "DejaVu Sans",
          700,
          FontStyle.NORMAL,
          true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The print stylesheet: A4, margins, page numbers, the embedded font. */
  private static String css() {
    try (var in = MinutesPdf.class.getResourceAsStream("/print/minutes.css")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long count(Meeting meeting, Presence presence) {
    return meeting.attendance().stream()
        .filter(a -> a.counted() && a.presence() == presence)
        .count();
  }
}
