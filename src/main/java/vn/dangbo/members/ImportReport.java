package vn.dangbo.members;

import java.util.List;

/**
 * What an import found (dry run) or did (commit): rows read, problems, and how many records were
 * written. With any problem nothing is written.
 */
public record ImportReport(
    int rows,
    List<ImportProblem> problems,
    int written,
    boolean dryRun,
    List<String> unknownColumns) {

  public boolean ok() {
    return problems.isEmpty();
  }
}
