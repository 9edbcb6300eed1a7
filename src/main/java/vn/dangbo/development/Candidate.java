package vn.dangbo.development;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A candidate with their steps, oldest first: the aggregate the development steps act on. */
public record Candidate(
    long id,
    NewCandidate person,
    String ethnicity,
    String cellName,
    Stage stage,
    LocalDate stageSince,
    Long memberId,
    FormerMembership formerMembership,
    int version,
    List<Step> steps) {

  public String fullName() {
    return person.fullName();
  }

  /** The latest step of a kind, if any. */
  public Optional<Step> last(StepKind kind) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).kind() == kind) {
        return Optional.of(steps.get(i));
      }
    }
    return Optional.empty();
  }

  /** How many votes of a kind did not reach the required share. */
  public long failedVotes(StepKind kind) {
    return steps.stream().filter(s -> s.kind() == kind && Boolean.FALSE.equals(s.passed())).count();
  }

  /**
   * Whether the member is the one assigned to help this candidate (the sympathiser step's mentor).
   */
  public boolean mentoredBy(Long memberId) {
    return memberId != null
        && last(StepKind.SYMPATHISER).map(s -> memberId.equals(s.mentorId())).orElse(false);
  }

  public LocalDate lastStepOn() {
    return steps.isEmpty() ? stageSince : steps.get(steps.size() - 1).on();
  }

  /**
   * The candidate after a recorded step: in the step's stage (since its day, unless the stage did
   * not change), with the step last, the member record it opened, and the next version.
   */
  Candidate after(Step step, Long member) {
    var all = new java.util.ArrayList<>(steps);
    all.add(step);
    return new Candidate(
        id,
        person,
        ethnicity,
        cellName,
        step.to(),
        step.to() == stage ? stageSince : step.on(),
        member != null ? member : memberId,
        formerMembership,
        version + 1,
        List.copyOf(all));
  }
}
