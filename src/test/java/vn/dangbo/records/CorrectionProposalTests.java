package vn.dangbo.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.PoliticalTheory;
import vn.dangbo.members.Sex;

/** A member's correction proposal: what it holds, what it refuses, how it is decided. */
class CorrectionProposalTests {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.ofHours(7));
  static final MemberRecord RECORD =
      new MemberRecord(
          "Giàng Thị Mai",
          null,
          Sex.FEMALE,
          LocalDate.of(1995, 3, 4),
          "Làng Chếu",
          "Làng Chếu",
          "Bản Làng Chếu",
          1,
          "Không",
          "9/12",
          null,
          null,
          PoliticalTheory.ELEMENTARY,
          "Làm nương",
          "014195001234",
          null,
          "50001234",
          null,
          5L,
          null,
          LocalDate.of(2020, 5, 1),
          LocalDate.of(2020, 5, 19),
          false,
          false,
          false,
          false);

  @Test
  void onlyTheFieldsThatChangeAreProposedAndAcceptanceAppliesThem() {
    var proposal =
        CorrectionProposal.propose(
            7,
            5,
            RECORD,
            Map.of(
                CorrectableField.PHONE, " 0912 345 678 ",
                CorrectableField.RELIGION, "Không",
                CorrectableField.RESIDENCE, ""),
            " đổi số ",
            null,
            "dangvien",
            AT);
    assertThat(proposal.changes())
        .containsExactly(
            new CorrectionProposal.Change(CorrectableField.RESIDENCE, "Bản Làng Chếu", null),
            new CorrectionProposal.Change(CorrectableField.PHONE, null, "0912345678"));
    assertThat(proposal.note()).isEqualTo("đổi số");
    var applied = proposal.appliedTo(RECORD);
    assertThat(applied.phone()).isEqualTo("0912345678");
    assertThat(applied.residence()).isNull();
    assertThat(applied.fullName()).isEqualTo(RECORD.fullName());
    assertThat(applied.citizenId()).isEqualTo(RECORD.citizenId());
  }

  @Test
  void refusesNothingChangedABadPhoneTooLongAndAWrongAttachment() {
    assertThatThrownBy(
            () ->
                CorrectionProposal.propose(
                    7, 5, RECORD, Map.of(CorrectableField.RELIGION, "Không"), null, null, "d", AT))
        .hasMessage("correction.refused.nothingChanged");
    assertThatThrownBy(
            () ->
                CorrectionProposal.propose(
                    7, 5, RECORD, Map.of(CorrectableField.PHONE, "12345"), null, null, "d", AT))
        .hasMessage("correction.refused.phone");
    assertThatThrownBy(
            () ->
                CorrectionProposal.propose(
                    7,
                    5,
                    RECORD,
                    Map.of(CorrectableField.OCCUPATION, "x".repeat(121)),
                    null,
                    null,
                    "d",
                    AT))
        .hasMessage("correction.refused.tooLong");
    var change = Map.of(CorrectableField.OCCUPATION, "Giáo viên");
    assertThatThrownBy(
            () ->
                CorrectionProposal.propose(
                    7,
                    5,
                    RECORD,
                    change,
                    null,
                    new CorrectionProposal.Attachment("a.exe", "application/octet-stream", 10),
                    "d",
                    AT))
        .hasMessage("correction.refused.attachmentType");
    assertThatThrownBy(
            () ->
                CorrectionProposal.propose(
                    7,
                    5,
                    RECORD,
                    change,
                    null,
                    new CorrectionProposal.Attachment("a.pdf", "application/pdf", 3_000_000),
                    "d",
                    AT))
        .hasMessage("correction.refused.attachmentSize");
  }

  @Test
  void aProposalIsDecidedOnceAndARejectionGivesItsReason() {
    var proposal =
        CorrectionProposal.propose(
            7, 5, RECORD, Map.of(CorrectableField.OCCUPATION, "Giáo viên"), null, null, "d", AT);
    assertThatThrownBy(() -> proposal.rejected(" ", "b", AT))
        .hasMessage("correction.refused.reasonRequired");
    var accepted = proposal.accepted(null, "bithu", AT);
    assertThat(accepted.state()).isEqualTo(CorrectionProposal.State.ACCEPTED);
    assertThat(accepted.decidedBy()).isEqualTo("bithu");
    assertThatThrownBy(() -> accepted.rejected("muộn", "b", AT))
        .hasMessage("correction.refused.decided");
  }
}
