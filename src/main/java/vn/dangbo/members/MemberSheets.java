package vn.dangbo.members;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.dangbo.documents.Spreadsheet;
import vn.dangbo.shared.Masking;

/**
 * Writes member lists as .xlsx (streamed, so a province list does not fill memory) and as CSV, with
 * Vietnamese headings. Every value is written as text; a value that a spreadsheet would take for a
 * formula gets Excel's quote prefix in .xlsx and a leading apostrophe in CSV.
 */
@Component
public class MemberSheets {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MessageSource messages;
  private final java.time.Clock clock;

  MemberSheets(MessageSource messages, java.time.Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  private record Column(String heading, Function<Member, Object> value) {}

  private List<Column> columns() {
    return List.of(
        new Column("members.name", Member::fullName),
        new Column("members.sex", m -> message("sex." + m.record().sex())),
        new Column("members.birthDate", m -> m.record().birthDate()),
        new Column("members.ethnicity", Member::ethnicity),
        // a list needs to tell people apart, not their numbers: the national export and the
        // official forms carry the whole values
        new Column("members.citizenId", m -> Masking.citizenId(m.record().citizenId())),
        new Column("members.card", m -> m.record().partyCardNumber()),
        new Column("members.cell", Member::cellName),
        new Column("members.status", m -> message("memberStatus." + m.status())),
        new Column("members.admissionDecision", m -> m.record().admissionDecisionDate()),
        new Column("members.ceremony", m -> m.record().admissionCeremonyDate()),
        new Column("members.officialDate", Member::officialDate),
        new Column("members.residence", m -> m.record().residence()),
        new Column("members.phone", m -> Masking.phone(m.record().phone())));
  }

  /** Why a list is exported: the user says it, the file and the audit trail keep it. */
  public enum Purpose {
    REPORT,
    REVIEW,
    MEETING,
    OTHER
  }

  public void writeXlsx(List<Member> members, OutputStream out) throws IOException {
    writeXlsx(members, null, null, out);
  }

  /**
   * The workbook, with a second sheet stating its purpose, who exported it and when, and that the
   * citizen IDs and phones are masked.
   */
  public void writeXlsx(List<Member> members, Purpose purpose, String by, OutputStream out)
      throws IOException {
    try (var workbook = new SXSSFWorkbook(200)) {
      var sheet = workbook.createSheet(message("members.title"));
      CellStyle bold = workbook.createCellStyle();
      var font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      var quoted = Spreadsheet.quotedText(workbook);
      var columns = columns();
      var header = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        var cell = header.createCell(c);
        cell.setCellValue(message(columns.get(c).heading()));
        cell.setCellStyle(bold);
      }
      int r = 1;
      for (var member : members) {
        var row = sheet.createRow(r++);
        for (int c = 0; c < columns.size(); c++) {
          Spreadsheet.text(row.createCell(c), text(columns.get(c).value().apply(member)), quoted);
        }
      }
      sheet.createFreezePane(0, 1);
      var about = workbook.createSheet(message("export.purpose.sheet"));
      String[][] lines = {
        {
          message("export.purpose"),
          purpose == null ? message("export.purpose.none") : message("export.purpose." + purpose)
        },
        {message("export.by"), by == null ? "" : by},
        {
          message("export.at"),
          java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
              .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
        },
        {message("export.masked"), ""}
      };
      for (int i = 0; i < lines.length; i++) {
        var row = about.createRow(i);
        Spreadsheet.text(row.createCell(0), lines[i][0], quoted);
        Spreadsheet.text(row.createCell(1), lines[i][1], quoted);
      }
      workbook.write(out);
      workbook.dispose();
    }
  }

  public void writeCsv(List<Member> members, Writer out) throws IOException {
    out.write('\uFEFF'); // so that spreadsheet programs read the file as UTF-8
    var columns = columns();
    out.write(String.join(",", columns.stream().map(c -> csv(message(c.heading()))).toList()));
    out.write("\r\n");
    for (var member : members) {
      out.write(
          String.join(",", columns.stream().map(c -> csv(text(c.value().apply(member)))).toList()));
      out.write("\r\n");
    }
  }

  /**
   * The list on A4 paper (landscape), with the same columns, the organisation's name, the date
   * printed and page numbers; the font embedded so that every Vietnamese letter prints.
   */
  public byte[] pdf(List<Member> members, LocalDate printedOn) {
    String title = message("members.title");
    var columns = columns();
    var html = new StringBuilder();
    html.append("<html><head><title>")
        .append(escape(title))
        .append("</title><style>")
        .append(vn.dangbo.documents.Pdf.stylesheet("a4.css"))
        .append(
            " @page { size: A4 landscape; } table.people { font-size: 7.5pt; }</style></head><body>")
        .append("<div class=\"running\">")
        .append(escape(title + " · " + message("print.printedOn", DATE.format(printedOn))))
        .append("</div><h1>")
        .append(escape(title))
        .append("</h1><table class=\"people\"><thead><tr>");
    for (var column : columns) {
      html.append("<th>").append(escape(message(column.heading()))).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (var member : members) {
      html.append("<tr>");
      for (var column : columns) {
        html.append("<td>").append(escape(text(column.value().apply(member)))).append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody></table></body></html>");
    return vn.dangbo.documents.Pdf.render(html.toString());
  }

  private static String escape(String text) {
    return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /** Quotes a CSV field and defuses values a spreadsheet would run as a formula. */
  static String csv(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate date) {
      return DATE.format(date);
    }
    return value.toString();
  }

  private String message(String code, Object... args) {
    return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
  }
}
