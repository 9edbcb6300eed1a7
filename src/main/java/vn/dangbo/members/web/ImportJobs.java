package vn.dangbo.members.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.dangbo.documents.Downloads;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.ImportOptions;
import vn.dangbo.members.ImportProgress;
import vn.dangbo.members.ImportReport;
import vn.dangbo.members.MemberImport;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Imports of large files running in the background, so the page can show how far they are. Each job
 * belongs to the user who started it; a user runs one at a time. A finished job is kept for an hour
 * for its report and its file of refused rows (valid rows only), then forgotten; an import of a
 * small file that hands back refused rows is kept the same way, already finished, so that both link
 * the file the same way. Jobs live in memory: a restart forgets them, and an import cut short by a
 * restart has written nothing (it is one transaction).
 */
@Component
class ImportJobs {

  private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
  private static final Duration KEPT = Duration.ofHours(1);

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final MemberImport memberImport;
  private final TaskExecutor executor;
  private final Clock clock;

  ImportJobs(
      MemberImport memberImport,
      @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor")
          TaskExecutor executor,
      Clock clock) {
    this.memberImport = memberImport;
    this.executor = executor;
    this.clock = clock;
  }

  /** The state of one import, read by the progress page while the import writes it. */
  static final class Job implements ImportProgress {
    final String id;
    final String owner;
    final boolean dryRun;
    private volatile Step step = Step.READING;
    private volatile int rowsRead;
    private volatile ImportReport report;
    private volatile RefusedException refusal;
    private volatile boolean failed;
    private volatile Instant finishedAt;

    Job(String id, String owner, boolean dryRun) {
      this.id = id;
      this.owner = owner;
      this.dryRun = dryRun;
    }

    @Override
    public void step(Step step) {
      this.step = step;
    }

    @Override
    public void rowsRead(int rows) {
      this.rowsRead = rows;
    }

    public String id() {
      return id;
    }

    public Step currentStep() {
      return step;
    }

    public int rows() {
      return rowsRead;
    }

    public ImportReport report() {
      return report;
    }

    @Override
    public void refused(RefusedException refusal) {
      this.refusal = refusal;
    }

    public RefusedException refusal() {
      return refusal;
    }

    public boolean failed() {
      return failed;
    }

    public boolean done() {
      return finishedAt != null;
    }
  }

  /**
   * Starts importing the file, which the job deletes when it ends. Refused while the same user has
   * an import running.
   */
  Job start(Path file, ImportOptions options, OrganizationScope scope, String user) {
    forgetOld();
    boolean busy = jobs.values().stream().anyMatch(j -> j.owner.equals(user) && !j.done());
    if (busy) {
      MemberImport.deleteQuietly(file);
      throw new RefusedException("import.refused.busy");
    }
    var job = new Job(UUID.randomUUID().toString(), user, options.dryRun());
    jobs.put(job.id, job);
    // the job runs as the user who started it, so its changes are theirs in the audit trail
    executor.execute(
        new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(
            () -> {
              try {
                job.report = memberImport.runUnattended(file, options, scope, user, job);
              } catch (RuntimeException e) {
                log.error("Import {} by {} failed", job.id, user, e);
                job.failed = true;
              } finally {
                MemberImport.deleteQuietly(file);
                job.finishedAt = clock.instant();
              }
            }));
    return job;
  }

  /** Keeps the report of an import that ran while the page waited, for its file of refused rows. */
  Job keep(ImportReport report, String user) {
    forgetOld();
    var job = new Job(UUID.randomUUID().toString(), user, report.dryRun());
    job.report = report;
    job.finishedAt = clock.instant();
    jobs.put(job.id, job);
    return job;
  }

  /** The user's own job; someone else's, or a forgotten one, is not found. */
  Optional<Job> find(String id, String user) {
    return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(user));
  }

  /** The file of refused rows of the user's own finished job, as a download. */
  ResponseEntity<byte[]> refusedRows(String id, String user) {
    var refused =
        find(id, user)
            .map(Job::report)
            .map(ImportReport::refused)
            .orElseThrow(() -> new NotFoundException("import.jobNotFound"));
    return Downloads.attachment(refused.xlsx(), Downloads.XLSX, "dong-bi-tu-choi.xlsx");
  }

  private void forgetOld() {
    Instant limit = clock.instant().minus(KEPT);
    jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(limit));
  }
}
