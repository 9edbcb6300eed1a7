package vn.dangbo.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The templates built into dangbo (version 0 of each), written as Word documents with placeholders
 * so that the office can download one, correct it in Word or LibreOffice and upload it as the next
 * version. Times New Roman 13, the party header, the title, the body, the signatures.
 */
final class BuiltInTemplates {

  private static final String FONT = "Times New Roman";
  private static final String DATE_LINE = "{{dia_danh}}, ngày {{ngay}} tháng {{thang}} năm {{nam}}";
  private static final String PERSON =
      "Họ và tên: {{ho_ten}}; giới tính: {{gioi_tinh}}; sinh ngày {{ngay_sinh}}; dân tộc: {{dan_toc}}; tôn giáo: {{ton_giao}}.";
  private static final String PERSON_MORE =
      "Quê quán: {{que_quan}}. Nơi ở hiện nay: {{noi_o}}. Nghề nghiệp: {{nghe_nghiep}}. Trình độ học vấn: {{trinh_do}}.";

  private BuiltInTemplates() {}

  static byte[] of(DocumentKind kind) {
    var t = new Writer();
    switch (kind) {
      case SYMPATHISERS -> {
        t.header("{{cap_tren}}", "{{don_vi}}");
        t.title("DANH SÁCH QUẦN CHÚNG CẢM TÌNH ĐẢNG");
        t.centred("(có đến ngày {{ngay}}/{{thang}}/{{nam}})");
        t.table(
            new String[] {
              "STT",
              "Họ và tên",
              "Ngày sinh",
              "Dân tộc",
              "Nơi ở",
              "Chi bộ",
              "Vào danh sách",
              "Đảng viên giúp đỡ"
            },
            new String[] {
              "{{dong.stt}}",
              "{{dong.ho_ten}}",
              "{{dong.ngay_sinh}}",
              "{{dong.dan_toc}}",
              "{{dong.noi_o}}",
              "{{dong.chi_bo}}",
              "{{dong.ngay}}",
              "{{dong.nguoi_giup_do}}"
            });
        t.signatures("", "T/M {{don_vi}}");
      }
      case COURSE_PROPOSAL -> {
        t.header("{{cap_tren}}", "{{don_vi}}");
        t.title("DANH SÁCH ĐỀ NGHỊ HỌC LỚP BỒI DƯỠNG NHẬN THỨC VỀ ĐẢNG");
        t.centred("(có đến ngày {{ngay}}/{{thang}}/{{nam}})");
        t.table(
            new String[] {
              "STT",
              "Họ và tên",
              "Ngày sinh",
              "Dân tộc",
              "Học vấn",
              "Nơi ở",
              "Chi bộ",
              "Cảm tình Đảng từ"
            },
            new String[] {
              "{{dong.stt}}",
              "{{dong.ho_ten}}",
              "{{dong.ngay_sinh}}",
              "{{dong.dan_toc}}",
              "{{dong.trinh_do}}",
              "{{dong.noi_o}}",
              "{{dong.chi_bo}}",
              "{{dong.ngay}}"
            });
        t.signatures("", "T/M {{don_vi}}");
      }
      case CELL_ADMISSION_RESOLUTION -> {
        t.header("{{cap_tren}}", "{{don_vi}}");
        t.title("NGHỊ QUYẾT");
        t.centred("đề nghị kết nạp đảng viên");
        t.line(
            "Ngày {{ngay}} tháng {{thang}} năm {{nam}}, {{don_vi}} đã họp xét đề nghị kết nạp quần chúng {{ho_ten}} vào Đảng Cộng sản Việt Nam.");
        t.line(PERSON);
        t.line(PERSON_MORE);
        t.line(
            "Số đảng viên chính thức của chi bộ: {{so_dang_vien}}; số đồng ý kết nạp: {{so_dong_y}} ({{ti_le}}%); không đồng ý: {{so_khong_dong_y}}.");
        t.line(
            "Chi bộ đề nghị cấp ủy cấp trên xem xét, quyết định kết nạp quần chúng {{ho_ten}} vào Đảng.");
        t.signatures("Nơi nhận: {{cap_tren}}; lưu chi bộ.", "T/M CHI BỘ\nBÍ THƯ");
      }
      case COMMITTEE_ADMISSION_RESOLUTION -> {
        t.header("{{cap_tren}}", "{{don_vi}}");
        t.title("NGHỊ QUYẾT");
        t.centred("đề nghị kết nạp đảng viên");
        t.line(
            "Ngày {{ngay}} tháng {{thang}} năm {{nam}}, {{don_vi}} đã xét đề nghị của {{chi_bo}} về việc kết nạp quần chúng {{ho_ten}} vào Đảng.");
        t.line(PERSON);
        t.line(
            "Số cấp ủy viên: {{so_dang_vien}}; số đồng ý: {{so_dong_y}} ({{ti_le}}%); không đồng ý: {{so_khong_dong_y}}.");
        t.line(
            "Đảng ủy đề nghị cấp có thẩm quyền quyết định kết nạp quần chúng {{ho_ten}} vào Đảng.");
        t.signatures("Nơi nhận: cấp ủy cấp trên; {{chi_bo}}; lưu.", "T/M ĐẢNG ỦY");
      }
      case ADMISSION_DECISION -> {
        t.header("{{co_quan}}", "Số {{so_quyet_dinh}}");
        t.title("QUYẾT ĐỊNH");
        t.centred("kết nạp đảng viên");
        t.line(
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; xét đề nghị của {{chi_bo}} và đảng ủy cơ sở,");
        t.bold("QUYẾT ĐỊNH");
        t.line(
            "Điều 1. Kết nạp quần chúng {{ho_ten}}, sinh ngày {{ngay_sinh}}, dân tộc {{dan_toc}}, quê quán {{que_quan}}, vào Đảng Cộng sản Việt Nam.");
        t.line(
            "Điều 2. {{chi_bo}} tổ chức lễ kết nạp theo quy định; thời gian dự bị 12 tháng kể từ ngày chi bộ tổ chức lễ kết nạp.");
        t.signatures("Nơi nhận: {{chi_bo}}; đảng viên; lưu.", "T/M {{co_quan}}");
      }
      case CELL_RECOGNITION_RESOLUTION -> {
        t.header("{{cap_tren}}", "{{don_vi}}");
        t.title("NGHỊ QUYẾT");
        t.centred("đề nghị công nhận đảng viên chính thức");
        t.line(
            "Ngày {{ngay}} tháng {{thang}} năm {{nam}}, {{don_vi}} đã họp xét đề nghị công nhận đảng viên chính thức cho đồng chí {{ho_ten}}, kết nạp ngày {{ngay_le_ket_nap}}.");
        t.line(PERSON);
        t.line(
            "Số đảng viên chính thức của chi bộ: {{so_dang_vien}}; số đồng ý: {{so_dong_y}} ({{ti_le}}%).");
        t.line(
            "Chi bộ đề nghị cấp ủy cấp trên xem xét, công nhận đồng chí {{ho_ten}} là đảng viên chính thức từ ngày {{ngay_chinh_thuc}}.");
        t.signatures("Nơi nhận: {{cap_tren}}; lưu chi bộ.", "T/M CHI BỘ\nBÍ THƯ");
      }
      case COMMITTEE_RECOGNITION_RESOLUTION -> {
        t.header("{{cap_tren}}", "{{don_vi}}");
        t.title("NGHỊ QUYẾT");
        t.centred("đề nghị công nhận đảng viên chính thức");
        t.line(
            "Ngày {{ngay}} tháng {{thang}} năm {{nam}}, {{don_vi}} đã xét đề nghị của {{chi_bo}} về việc công nhận đảng viên chính thức cho đồng chí {{ho_ten}}.");
        t.line("Số cấp ủy viên: {{so_dang_vien}}; số đồng ý: {{so_dong_y}} ({{ti_le}}%).");
        t.line(
            "Đảng ủy đề nghị cấp có thẩm quyền công nhận đồng chí {{ho_ten}} là đảng viên chính thức từ ngày {{ngay_chinh_thuc}}.");
        t.signatures("Nơi nhận: cấp ủy cấp trên; {{chi_bo}}; lưu.", "T/M ĐẢNG ỦY");
      }
      case RECOGNITION_DECISION -> {
        t.header("{{co_quan}}", "Số {{so_quyet_dinh}}");
        t.title("QUYẾT ĐỊNH");
        t.centred("công nhận đảng viên chính thức");
        t.line(
            "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; xét đề nghị của {{chi_bo}} và đảng ủy cơ sở,");
        t.bold("QUYẾT ĐỊNH");
        t.line(
            "Điều 1. Công nhận đồng chí {{ho_ten}}, sinh ngày {{ngay_sinh}}, kết nạp vào Đảng ngày {{ngay_le_ket_nap}}, là đảng viên chính thức từ ngày {{ngay_chinh_thuc}}.");
        t.line("Điều 2. {{chi_bo}} và đồng chí có tên tại Điều 1 thi hành quyết định này.");
        t.signatures("Nơi nhận: {{chi_bo}}; đảng viên; lưu.", "T/M {{co_quan}}");
      }
      case MEETING_MINUTES -> {
        t.header("{{cap_tren}}", "{{don_vi}}");
        t.title("BIÊN BẢN SINH HOẠT CHI BỘ");
        t.centred("{{loai}} · {{chu_de}}");
        t.line("Thời gian: ngày {{ngay}}/{{thang}}/{{nam}}. Địa điểm: {{dia_diem}}.");
        t.line("Chủ trì: {{chu_tri}}. Thư ký: {{thu_ky}}.");
        t.line(
            "Tổng số đảng viên phải dự: {{tong_so}}; có mặt: {{co_mat}}; vắng có lý do: {{vang_co_ly_do}}; vắng không lý do: {{vang_khong_ly_do}}.");
        t.table(
            new String[] {"STT", "Họ và tên", "Điểm danh", "Lý do vắng"},
            new String[] {
              "{{dong.stt}}", "{{dong.ho_ten}}", "{{dong.diem_danh}}", "{{dong.ly_do}}"
            });
        t.bold("Đánh giá việc tháng trước");
        t.line("{{danh_gia}}");
        t.bold("Ý kiến thảo luận");
        t.line("{{y_kien}}");
        t.bold("Kết luận");
        t.line("{{ket_luan}}");
        t.bold("Nghị quyết");
        t.line("{{nghi_quyet}}");
        t.signatures("THƯ KÝ\n{{thu_ky}}", "CHỦ TRÌ\n{{chu_tri}}");
      }
      case TRANSFER_LETTER -> {
        t.header("{{cap_tren}}", "{{don_vi}}");
        t.title("GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG");
        t.line(
            "{{don_vi}} trân trọng giới thiệu đồng chí {{ho_ten}}, sinh ngày {{ngay_sinh}}, dân tộc {{dan_toc}}, là đảng viên {{trang_thai}}, số thẻ đảng viên {{so_the}}, kết nạp vào Đảng ngày {{ngay_ket_nap}}, chính thức ngày {{ngay_chinh_thuc}}.");
        t.line(
            "Chuyển sinh hoạt đảng từ ngày {{ngay}}/{{thang}}/{{nam}}. Lý do: {{ly_do}}. Theo quyết định số {{so_quyet_dinh}} của {{co_quan}}.");
        t.line(
            "Đề nghị cấp ủy nơi đến tiếp nhận và quản lý; đồng chí {{ho_ten}} trình giấy này trong thời hạn quy định.");
        t.signatures("Nơi nhận: cấp ủy nơi đến; đảng viên; lưu.", "T/M {{don_vi}}");
      }
      case MEMBER_CARD_RECORD -> {
        t.header("{{cap_tren}}", "{{don_vi}}");
        t.title("PHIẾU ĐẢNG VIÊN");
        t.line(PERSON);
        t.line(PERSON_MORE);
        t.line("Số căn cước: {{cccd}}. Số thẻ đảng viên: {{so_the}}.");
        t.line(
            "Ngày quyết định kết nạp: {{ngay_ket_nap}}; ngày lễ kết nạp: {{ngay_le_ket_nap}}; ngày chính thức: {{ngay_chinh_thuc}}.");
        t.line("Lý luận chính trị: {{ly_luan}}. Sinh hoạt tại: {{chi_bo}}.");
        t.signatures("Đảng viên ký", "T/M {{don_vi}}");
      }
      default -> throw new IllegalArgumentException(kind.name());
    }
    return t.bytes();
  }

  /** Writes a template paragraph by paragraph. */
  private static final class Writer {

    private final XWPFDocument document = new XWPFDocument();

    void header(String left, String leftBold) {
      var table = document.createTable(2, 2);
      table.removeBorders();
      table.setWidth("100%");
      cell(table.getRow(0).getCell(0), left, false, false);
      cell(table.getRow(1).getCell(0), leftBold, true, false);
      cell(table.getRow(0).getCell(1), "ĐẢNG CỘNG SẢN VIỆT NAM", true, false);
      cell(table.getRow(1).getCell(1), DATE_LINE, false, true);
    }

    void title(String text) {
      var p = paragraph(ParagraphAlignment.CENTER);
      var run = run(p, text, true, false);
      run.setFontSize(14);
      p.setSpacingBefore(240);
    }

    void centred(String text) {
      run(paragraph(ParagraphAlignment.CENTER), text, true, false);
    }

    void line(String text) {
      run(paragraph(ParagraphAlignment.BOTH), text, false, false);
    }

    void bold(String text) {
      run(paragraph(ParagraphAlignment.LEFT), text, true, false);
    }

    void table(String[] headings, String[] row) {
      var table = document.createTable(2, headings.length);
      table.setWidth("100%");
      for (int c = 0; c < headings.length; c++) {
        cell(table.getRow(0).getCell(c), headings[c], true, false);
        cell(table.getRow(1).getCell(c), row[c], false, false);
      }
    }

    void signatures(String left, String right) {
      paragraph(ParagraphAlignment.LEFT);
      var table = document.createTable(1, 2);
      table.removeBorders();
      table.setWidth("100%");
      cell(table.getRow(0).getCell(0), left, false, true);
      cell(table.getRow(0).getCell(1), right, true, false);
    }

    byte[] bytes() {
      try (var out = new ByteArrayOutputStream()) {
        document.write(out);
        document.close();
        return out.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
      var p = document.createParagraph();
      p.setAlignment(alignment);
      return p;
    }

    /** Each line of the text in a paragraph of its own, centred. */
    private static void cell(XWPFTableCell cell, String text, boolean bold, boolean italic) {
      String[] lines = text.split("\n");
      for (int i = 0; i < lines.length; i++) {
        var p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, lines[i], bold, italic);
      }
    }

    private static org.apache.poi.xwpf.usermodel.XWPFRun run(
        XWPFParagraph p, String text, boolean bold, boolean italic) {
      var run = p.createRun();
      run.setFontFamily(FONT);
      run.setFontSize(13);
      run.setBold(bold);
      run.setItalic(italic);
      run.setText(text);
      return run;
    }
  }
}
