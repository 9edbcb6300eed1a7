package vn.dangbo.cellreports;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dangbo.documents.Docx;
import vn.dangbo.documents.Layouts;
import vn.dangbo.documents.Pdf;
import vn.dangbo.identity.OrganizationScope;

/**
 * The commune's monthly report to the level above (báo cáo tháng của đảng ủy), assembled from the
 * accepted cell reports: the figures added up, each cell's problems and proposals, the cells whose
 * report is not accepted named. Laid out by {@code
 * documents/layouts/COMMUNE_MONTHLY_REPORT.layout}.
 */
@Service
public class CommuneMonthlyDocument {

  private final CellMonthlyReports reports;
  private final Clock clock;

  CommuneMonthlyDocument(CellMonthlyReports reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  /** The report as a Word document. */
  public byte[] docx(long organizationId, YearMonth month, OrganizationScope scope) {
    var commune = reports.communeMonth(organizationId, month, scope);
    var t = commune.totals();
    LocalDate today = LocalDate.now(clock);
    var money = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"));
    var values = new HashMap<String, String>();
    values.put("don_vi", commune.communeName().toUpperCase(Locale.forLanguageTag("vi")));
    values.put("cap_tren", commune.superiorName().toUpperCase(Locale.forLanguageTag("vi")));
    values.put("dia_danh", "");
    values.put("ngay", String.valueOf(today.getDayOfMonth()));
    values.put("thang", String.valueOf(today.getMonthValue()));
    values.put("nam", String.valueOf(today.getYear()));
    values.put("thang_bao_cao", month.getMonthValue() + "/" + month.getYear());
    values.put(
        "so_chi_bo", String.valueOf(commune.accepted().size() + commune.notAccepted().size()));
    values.put("so_da_duyet", String.valueOf(commune.accepted().size()));
    values.put(
        "chua_duyet",
        commune.notAccepted().isEmpty() ? "không" : String.join(", ", commune.notAccepted()));
    values.put("sinh_hoat", String.valueOf(t.meetings()));
    values.put("thuong_ky", String.valueOf(t.regularMeetings()));
    values.put("chuyen_de", String.valueOf(t.thematicMeetings()));
    values.put("ty_le_du", t.attendancePercent() == null ? "—" : t.attendancePercent() + " %");
    values.put("vang_khong_ly_do", String.valueOf(t.absentUnexcused()));
    values.put("nguon", String.valueOf(t.sources()));
    values.put("uu_tu", String.valueOf(t.outstanding()));
    values.put("hoc_lop", String.valueOf(t.course()));
    values.put("ket_nap", String.valueOf(t.admitted()));
    values.put("chinh_thuc", String.valueOf(t.official()));
    values.put("dang_phat_trien", String.valueOf(t.inDevelopment()));
    values.put("dang_phi_phai_dong", money.format(t.duesDue()));
    values.put("dang_phi_da_dong", money.format(t.duesPaid()));
    values.put("no_dang_phi", String.valueOf(t.duesBehind()));
    List<Map<String, String>> rows = new ArrayList<>();
    int n = 1;
    for (var a : commune.accepted()) {
      var r = a.report();
      rows.add(
          Map.of(
              "stt",
              String.valueOf(n++),
              "chi_bo",
              a.cellName(),
              "kho_khan",
              r.problems() == null ? "" : r.problems(),
              "de_xuat",
              r.proposals() == null ? "" : r.proposals()));
    }
    return Docx.fill(Layouts.docx("COMMUNE_MONTHLY_REPORT"), values, Map.of("dong", rows));
  }

  /** The Word report as an A4 PDF. */
  public byte[] pdf(byte[] docx, String name) {
    return Pdf.render(
        "<html><head><title>"
            + name
            + "</title><style>"
            + Pdf.stylesheet("a4.css")
            + " p { margin: 0.3em 0; } td p { margin: 0.1em 0; }</style></head><body>"
            + Docx.toXhtml(docx)
            + "</body></html>");
  }
}
