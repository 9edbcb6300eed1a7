package vn.dangbo.evaluations;

/**
 * The cap on members graded excellent in a cycle: at most {@code percent} of those graded good.
 *
 * @param allowed how many may be graded excellent with the good grades decided so far
 */
public record Cap(
    int percent, int good, int excellent, int allowed, String legalBasis, boolean unconfirmed) {

  static Cap of(int percent, int good, int excellent, String legalBasis, boolean unconfirmed) {
    return new Cap(percent, good, excellent, good * percent / 100, legalBasis, unconfirmed);
  }

  public boolean reached() {
    return excellent >= allowed;
  }
}
