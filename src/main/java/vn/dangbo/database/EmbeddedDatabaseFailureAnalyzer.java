package vn.dangbo.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints what went wrong with the embedded database as a short message, not a stack trace. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Dừng tiến trình dangbo đang chạy, hoặc đặt DANGBO_DATA_DIR sang thư mục khác, hoặc dùng"
            + " PostgreSQL ngoài bằng DANGBO_DB_URL. / Stop the other dangbo process, set"
            + " DANGBO_DATA_DIR to another directory, or use an external PostgreSQL with"
            + " DANGBO_DB_URL.",
        cause);
  }
}
