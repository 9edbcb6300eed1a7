package vn.dangbo.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.Pdf;

/**
 * Prints a meeting's minutes (biên bản) in the usual layout: as an A4 PDF with the DejaVu Sans font
 * embedded so that every Vietnamese letter prints, with page numbers; and as a Word document (DOCX)
 * in Times New Roman that the office can still edit before signing.
 */
@Service
public class MinutesPrint {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String WORD_FONT = "Times New Roman";

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
  private final MessageSource messages;
  private final Organizations organizations;
  private final CommitteeMembers committeeMembers;
  private final Clock clock;

  MinutesPrint(
      ITemplateEngine templates,
      MessageSource messages,
      Organizations organizations,
      CommitteeMembers committeeMembers,
      Clock clock) {
    this.templates = templates;
    this.messages = messages;
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

  /** The minutes as an editable Word document, with the same content as the PDF. */
  public byte[] docx(Meeting meeting, Locale locale) {
    var facts = facts(meeting);
    try (var document = new XWPFDocument();
        var out = new ByteArrayOutputStream()) {
      var head = document.createTable(2, 2);
      head.removeBorders();
      head.setWidth("100%");
      text(head.getRow(0).getCell(0), facts.parentName(), false);
      text(head.getRow(1).getCell(0), meeting.organizationName(), true);
      text(head.getRow(0).getCell(1), message(locale, "print.party"), true);
      text(
          head.getRow(1).getCell(1),
          message(
              locale,
              "print.placeDate",
              meeting.heldOn().format(DateTimeFormatter.ofPattern("dd")),
              meeting.heldOn().format(DateTimeFormatter.ofPattern("MM")),
              meeting.heldOn().format(DateTimeFormatter.ofPattern("yyyy"))),
          false);
      paragraph(document, "", false);
      var title = paragraph(document, message(locale, "print.minutes.title"), true);
      title.setAlignment(ParagraphAlignment.CENTER);
      title.getRuns().get(0).setFontSize(14);
      paragraph(document, kind(meeting, locale) + " · " + meeting.topic(), false)
          .setAlignment(ParagraphAlignment.CENTER);
      String when = message(locale, "print.time", meeting.heldOn().format(DAY));
      if (meeting.place() != null) {
        when += " · " + message(locale, "print.place", meeting.place());
      }
      paragraph(document, when, false);
      paragraph(
          document,
          message(locale, "meeting.chair")
              + ": "
              + orBlank(meeting.chair())
              + " · "
              + message(locale, "meeting.secretary")
              + ": "
              + orBlank(meeting.secretary()),
          false);
      paragraph(
          document,
          message(
              locale,
              "print.counts",
              facts.counted(),
              facts.present(),
              facts.excused(),
              facts.unexcused()),
          false);
      paragraph(document, message(locale, "meeting.attendance"), true);
      var people = document.createTable(meeting.attendance().size() + 1, 3);
      people.setWidth("100%");
      people.setTableAlignment(TableRowAlign.CENTER);
      text(people.getRow(0).getCell(0), message(locale, "members.name"), true);
      text(people.getRow(0).getCell(1), message(locale, "meeting.attendance"), true);
      text(people.getRow(0).getCell(2), message(locale, "meeting.reason"), true);
      for (int i = 0; i < meeting.attendance().size(); i++) {
        var a = meeting.attendance().get(i);
        text(people.getRow(i + 1).getCell(0), a.fullName(), false);
        text(people.getRow(i + 1).getCell(1), message(locale, presence(a.presence())), false);
        text(people.getRow(i + 1).getCell(2), orBlank(a.reason()), false);
      }
      if (!facts.guests().isEmpty()) {
        paragraph(
            document, message(locale, "print.guests", String.join(", ", facts.guests())), false);
      }
      section(document, message(locale, "meeting.reviewed"), meeting.reviewed());
      section(document, message(locale, "meeting.opinions"), meeting.opinions());
      section(document, message(locale, "meeting.conclusions"), meeting.conclusions());
      if (!meeting.resolutions().isEmpty()) {
        paragraph(document, message(locale, "meeting.resolution"), true);
        for (var r : meeting.resolutions()) {
          String votes =
              r.votesFor() == null
                  ? ""
                  : " ("
                      + message(
                          locale,
                          "meeting.votes",
                          r.votesFor(),
                          r.votesAgainst() == null ? 0 : r.votesAgainst(),
                          r.abstentions() == null ? 0 : r.abstentions())
                      + ")";
          paragraph(document, r.text() + votes, false);
        }
      }
      if (!meeting.addenda().isEmpty()) {
        paragraph(document, message(locale, "meeting.addenda"), true);
        for (var a : meeting.addenda()) {
          paragraph(document, a.on().format(DAY) + ": " + a.text(), false);
        }
      }
      paragraph(document, "", false);
      XWPFTable signs = document.createTable(3, 2);
      signs.removeBorders();
      signs.setWidth("100%");
      text(signs.getRow(0).getCell(0), message(locale, "meeting.secretary"), true);
      text(signs.getRow(0).getCell(1), message(locale, "meeting.chair"), true);
      text(signs.getRow(2).getCell(0), orBlank(meeting.secretary()), false);
      text(signs.getRow(2).getCell(1), orBlank(meeting.chair()), false);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  private String message(Locale locale, String code, Object... args) {
    return messages.getMessage(code, args, locale);
  }

  private String kind(Meeting meeting, Locale locale) {
    return switch (meeting.kind()) {
      case REGULAR -> message(locale, "meetingKind.REGULAR");
      case THEMATIC -> message(locale, "meetingKind.THEMATIC");
      case COMMITTEE -> message(locale, "meetingKind.COMMITTEE");
    };
  }

  private static String presence(Presence presence) {
    return switch (presence) {
      case PRESENT -> "presence.PRESENT";
      case EXCUSED -> "presence.EXCUSED";
      case UNEXCUSED -> "presence.UNEXCUSED";
    };
  }

  private static void section(XWPFDocument document, String heading, String text) {
    if (text != null) {
      paragraph(document, heading, true);
      paragraph(document, text, false);
    }
  }

  private static XWPFParagraph paragraph(XWPFDocument document, String text, boolean bold) {
    var paragraph = document.createParagraph();
    run(paragraph, text, bold);
    return paragraph;
  }

  private static void text(XWPFTableCell cell, String text, boolean bold) {
    var paragraph = cell.getParagraphs().get(0);
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    run(paragraph, text, bold);
  }

  private static void run(XWPFParagraph paragraph, String text, boolean bold) {
    var run = paragraph.createRun();
    run.setFontFamily(WORD_FONT);
    run.setFontSize(13);
    run.setBold(bold);
    run.setText(text);
  }

  private static String orBlank(String value) {
    return value == null ? "" : value;
  }

  private static long count(Meeting meeting, Presence presence) {
    return meeting.attendance().stream()
        .filter(a -> a.counted() && a.presence() == presence)
        .count();
  }
}
