package vn.dangbo.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.development.Candidate;
import vn.dangbo.development.Candidates;
import vn.dangbo.development.Stage;
import vn.dangbo.development.StepKind;
import vn.dangbo.documents.Docx;
import vn.dangbo.documents.Pdf;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.meetings.Meeting;
import vn.dangbo.meetings.Meetings;
import vn.dangbo.members.Member;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.members.Recognition;
import vn.dangbo.members.RecognitionKind;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.NotFoundException;

/**
 * Fills the official documents from the records: the values of a candidate, a member, a meeting or
 * an organisation's lists, put into the template its organisation uses, as DOCX to edit or as PDF
 * to print. Whatever the records do not hold prints as a dotted line to fill in by hand.
 */
@Service
public class OfficialDocuments {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Locale VI = Locale.forLanguageTag("vi");

  /** A filled document: its file name (without extension), the template version, the bytes. */
  public record Filled(String name, DocumentTemplates.Version template, byte[] docx) {}

  private final DocumentTemplates templates;
  private final Candidates candidates;
  private final Members members;
  private final Recognition recognition;
  private final Meetings meetings;
  private final Organizations organizations;
  private final MessageSource messages;
  private final Clock clock;

  OfficialDocuments(
      DocumentTemplates templates,
      Candidates candidates,
      Members members,
      Recognition recognition,
      Meetings meetings,
      Organizations organizations,
      MessageSource messages,
      Clock clock) {
    this.templates = templates;
    this.candidates = candidates;
    this.members = members;
    this.recognition = recognition;
    this.meetings = meetings;
    this.organizations = organizations;
    this.messages = messages;
    this.clock = clock;
  }

  /** The document about the subject (an organisation, candidate, member or meeting id). */
  @Transactional(readOnly = true)
  public Filled fill(DocumentKind kind, long subject, OrganizationScope scope) {
    // a member may take their own member sheet: their data, on the Party's form
    boolean ownSheet = kind == DocumentKind.MEMBER_CARD_RECORD && scope.isOwnRecord(subject);
    if (!scope.personalRecords() && !ownSheet) {
      throw new NotFoundException("document.notFound");
    }
    var values = new HashMap<String, String>();
    var lists = new HashMap<String, List<Map<String, String>>>();
    long organization =
        switch (kind.subject()) {
          case CANDIDATE -> candidate(kind, subject, scope, values);
          case MEMBER -> member(kind, subject, scope, values);
          case MEETING -> meeting(subject, scope, values, lists);
          case ORGANIZATION -> organization(kind, subject, scope, values, lists);
        };
    var chosen = templates.chosenFor(kind, organization);
    return new Filled(
        kind.template() + "-" + subject,
        chosen.version(),
        Docx.fill(chosen.content(), values, lists));
  }

  /** The filled document on A4 paper. */
  public byte[] pdf(Filled filled) {
    String css = Pdf.stylesheet("a4.css");
    return Pdf.render(
        "<html><head><title>"
            + filled.name()
            + "</title><style>"
            + css
            + " p { margin: 0.3em 0; } td p { margin: 0.1em 0; }</style></head><body>"
            + Docx.toXhtml(filled.docx())
            + "</body></html>");
  }

  private long candidate(
      DocumentKind kind, long id, OrganizationScope scope, Map<String, String> values) {
    var c =
        candidates.find(id, scope).orElseThrow(() -> new NotFoundException("document.notFound"));
    var p = c.person();
    values.put("ho_ten", p.fullName());
    values.put("gioi_tinh", text("sex." + p.sex()));
    values.put("ngay_sinh", day(p.birthDate()));
    values.put("dan_toc", c.ethnicity());
    values.put("ton_giao", p.religion());
    values.put("que_quan", p.homeTown());
    values.put("noi_o", p.residence());
    values.put("nghe_nghiep", p.occupation());
    values.put("trinh_do", p.educationGrade() == null ? null : p.educationGrade() + "/12");
    values.put("chi_bo", c.cellName());
    StepKind step =
        switch (kind) {
          case CELL_ADMISSION_RESOLUTION -> StepKind.CELL_VOTE;
          case COMMITTEE_ADMISSION_RESOLUTION -> StepKind.COMMITTEE_VOTE;
          default -> StepKind.DECISION;
        };
    var taken = c.steps().stream().filter(s -> s.kind() == step).reduce((a, b) -> b);
    long cell = p.cellId();
    long unit = kind == DocumentKind.CELL_ADMISSION_RESOLUTION ? cell : parentOf(cell);
    units(unit, values);
    date(taken.map(s -> s.on()).orElse(LocalDate.now(clock)), values);
    taken.ifPresent(
        s -> {
          votes(s.votesFor(), s.votesAgainst(), s.voters(), values);
          if (s.decision() != null) {
            values.put("so_quyet_dinh", s.decision().number());
            values.put("co_quan", upper(s.decision().issuer()));
          }
        });
    return cell;
  }

  private long member(
      DocumentKind kind, long id, OrganizationScope scope, Map<String, String> values) {
    var m = members.find(id, scope).orElseThrow(() -> new NotFoundException("document.notFound"));
    person(m, values);
    long cell = m.record().cellId();
    LocalDate on = LocalDate.now(clock);
    switch (kind) {
      case CELL_RECOGNITION_RESOLUTION, COMMITTEE_RECOGNITION_RESOLUTION, RECOGNITION_DECISION -> {
        RecognitionKind wanted =
            switch (kind) {
              case CELL_RECOGNITION_RESOLUTION -> RecognitionKind.CELL_VOTE;
              case COMMITTEE_RECOGNITION_RESOLUTION -> RecognitionKind.COMMITTEE_VOTE;
              default -> RecognitionKind.DECISION;
            };
        var step =
            recognition.file(id, scope).stream()
                .filter(s -> s.kind() == wanted)
                .reduce((a, b) -> b);
        if (step.isPresent()) {
          on = step.get().on();
          votes(step.get().votesFor(), null, step.get().voters(), values);
          values.put("so_quyet_dinh", step.get().decisionNumber());
          values.put("co_quan", upper(step.get().decisionIssuer()));
        }
        units(kind == DocumentKind.CELL_RECOGNITION_RESOLUTION ? cell : parentOf(cell), values);
      }
      case TRANSFER_LETTER -> {
        var left =
            members.history(id).stream()
                .filter(h -> h.to() == MemberStatus.TRANSFERRED_OUT)
                .reduce((a, b) -> b);
        if (left.isPresent()) {
          on = left.get().effectiveOn();
          cell = left.get().cellId();
          values.put("ly_do", left.get().reason());
          if (left.get().decision() != null) {
            values.put("so_quyet_dinh", left.get().decision().number());
            values.put("co_quan", left.get().decision().issuer());
          }
        }
        units(parentOf(cell), values);
      }
      default -> units(cell, values);
    }
    date(on, values);
    return cell;
  }

  private void person(Member m, Map<String, String> values) {
    var r = m.record();
    values.put("ho_ten", r.fullName());
    values.put("gioi_tinh", text("sex." + r.sex()));
    values.put("ngay_sinh", day(r.birthDate()));
    values.put("dan_toc", m.ethnicity());
    values.put("ton_giao", r.religion());
    values.put("que_quan", r.homeTown());
    values.put("noi_o", r.residence());
    values.put("nghe_nghiep", r.occupation());
    values.put("trinh_do", r.generalEducation());
    values.put(
        "ly_luan", r.politicalTheory() == null ? null : text("theory." + r.politicalTheory()));
    values.put("cccd", r.citizenId());
    values.put("so_the", r.partyCardNumber());
    values.put("ngay_ket_nap", day(r.admissionDecisionDate()));
    values.put("ngay_le_ket_nap", day(r.admissionCeremonyDate()));
    values.put("ngay_chinh_thuc", day(m.officialDate()));
    values.put("chi_bo", m.cellName());
    values.put("trang_thai", text("memberStatus." + m.status()).toLowerCase(VI));
  }

  private long meeting(
      long id,
      OrganizationScope scope,
      Map<String, String> values,
      Map<String, List<Map<String, String>>> lists) {
    Meeting m =
        meetings.find(id, scope).orElseThrow(() -> new NotFoundException("document.notFound"));
    units(m.organizationId(), values);
    date(m.heldOn(), values);
    values.put("loai", text("meetingKind." + m.kind()));
    values.put("chu_de", m.topic());
    values.put("dia_diem", m.place());
    values.put("chu_tri", m.chair());
    values.put("thu_ky", m.secretary());
    var counted = m.attendance().stream().filter(Meeting.Attendance::counted).toList();
    values.put("tong_so", String.valueOf(counted.size()));
    values.put(
        "co_mat",
        String.valueOf(
            counted.stream().filter(a -> a.presence().name().equals("PRESENT")).count()));
    values.put(
        "vang_co_ly_do",
        String.valueOf(
            counted.stream().filter(a -> a.presence().name().equals("EXCUSED")).count()));
    values.put(
        "vang_khong_ly_do",
        String.valueOf(
            counted.stream().filter(a -> a.presence().name().equals("UNEXCUSED")).count()));
    values.put("danh_gia", m.reviewed());
    values.put("y_kien", m.opinions());
    values.put("ket_luan", m.conclusions());
    values.put(
        "nghi_quyet",
        String.join("\n", m.resolutions().stream().map(Meeting.Resolution::text).toList()));
    var rows = new ArrayList<Map<String, String>>();
    for (var a : m.attendance()) {
      var row = new HashMap<String, String>();
      row.put("stt", String.valueOf(rows.size() + 1));
      row.put("ho_ten", a.fullName());
      row.put("diem_danh", text("presence." + a.presence()));
      row.put("ly_do", a.reason() == null ? "" : a.reason());
      rows.add(row);
    }
    lists.put("dong", rows);
    return m.organizationId();
  }

  private long organization(
      DocumentKind kind,
      long id,
      OrganizationScope scope,
      Map<String, String> values,
      Map<String, List<Map<String, String>>> lists) {
    LocalDate today = LocalDate.now(clock);
    var unit =
        organizations
            .findOn(id, today, scope)
            .orElseThrow(() -> new NotFoundException("document.notFound"));
    units(id, values);
    date(today, values);
    var cells = new java.util.HashSet<Long>();
    cells.add(id);
    organizations.descendantsOn(id, today).stream().map(OrganizationNode::id).forEach(cells::add);
    var rows = new ArrayList<Map<String, String>>();
    for (Candidate c : candidates.of(unit.isCell() ? id : null, false, scope)) {
      if (!cells.contains(c.person().cellId())) {
        continue;
      }
      boolean listed =
          kind == DocumentKind.COURSE_PROPOSAL
              ? c.stage() == Stage.SYMPATHISER
              : c.stage().ordinal() >= Stage.SYMPATHISER.ordinal() && c.stage() != Stage.LEFT;
      if (!listed) {
        continue;
      }
      var sympathiser =
          c.steps().stream().filter(s -> s.kind() == StepKind.SYMPATHISER).reduce((a, b) -> b);
      var row = new HashMap<String, String>();
      row.put("stt", String.valueOf(rows.size() + 1));
      row.put("ho_ten", c.person().fullName());
      row.put("ngay_sinh", day(c.person().birthDate()));
      row.put("dan_toc", c.ethnicity());
      row.put("noi_o", orBlank(c.person().residence()));
      row.put("chi_bo", c.cellName());
      row.put(
          "trinh_do",
          c.person().educationGrade() == null ? "" : c.person().educationGrade() + "/12");
      row.put("ngay", sympathiser.map(s -> day(s.on())).orElse(""));
      row.put(
          "nguoi_giup_do",
          sympathiser
              .map(s -> s.mentorId())
              .flatMap(
                  mentor ->
                      mentor == null ? java.util.Optional.empty() : members.find(mentor, scope))
              .map(Member::fullName)
              .orElse(""));
      rows.add(row);
    }
    lists.put("dong", rows);
    return id;
  }

  /** The unit issuing the document and the one above it, in capitals, and the place name. */
  private void units(long organizationId, Map<String, String> values) {
    var all = OrganizationScope.all();
    LocalDate today = LocalDate.now(clock);
    var unit = organizations.findLatest(organizationId, all).orElseThrow();
    values.put("don_vi", upper(unit.name()));
    if (unit.parentId() != null) {
      organizations
          .findLatest(unit.parentId(), all)
          .ifPresent(p -> values.put("cap_tren", upper(p.name())));
    }
    for (long id : organizations.selfAndAncestorsOn(organizationId, today)) {
      var node = organizations.findLatest(id, all).orElseThrow();
      if (!node.isCell()) {
        String name = node.name();
        int xa = name.indexOf("xã ");
        values.put("dia_danh", xa >= 0 ? name.substring(xa + 3) : name);
        break;
      }
    }
  }

  private long parentOf(long cell) {
    return organizations
        .findLatest(cell, OrganizationScope.all())
        .map(o -> o.parentId() == null ? cell : o.parentId())
        .orElse(cell);
  }

  private static void date(LocalDate day, Map<String, String> values) {
    values.put("ngay", String.format("%02d", day.getDayOfMonth()));
    values.put("thang", String.format("%02d", day.getMonthValue()));
    values.put("nam", String.valueOf(day.getYear()));
  }

  private static void votes(
      Integer votesFor, Integer against, Integer voters, Map<String, String> values) {
    values.put("so_dong_y", votesFor == null ? null : String.valueOf(votesFor));
    values.put("so_khong_dong_y", against == null ? null : String.valueOf(against));
    values.put("so_dang_vien", voters == null ? null : String.valueOf(voters));
    if (votesFor != null && voters != null && voters > 0) {
      values.put("ti_le", String.valueOf(Math.round(votesFor * 100f / voters)));
    }
  }

  private String text(String code) {
    return messages.getMessage(code, null, code, VI);
  }

  private static String day(LocalDate day) {
    return day == null ? null : day.format(DAY);
  }

  private static String upper(String text) {
    return text == null ? null : text.toUpperCase(VI);
  }

  private static String orBlank(String text) {
    return text == null ? "" : text;
  }
}
