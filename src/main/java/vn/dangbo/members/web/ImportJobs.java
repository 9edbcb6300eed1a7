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
import org.springframework.stereotype.Component;
import vn.dangbo.members.ImportProgress;
import vn.dangbo.members.ImportReport;
import vn.dangbo.members.MemberImport;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.shared.RefusedException;

/**
 * Imports of large files running in the background, so the page can show how far they are. Each job
 * belongs to the user who started it; a user runs one at a time. A finished job is kept for an hour
 * for its report, then forgotten. Jobs live in memory: a restart forgets them, and an import cut
 * short by a restart has written nothing (it is one transaction).
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
  Job start(Path file, boolean dryRun, OrganizationScope scope, String user) {
    forgetOld();
    boolean busy = jobs.values().stream().anyMatch(j -> j.owner.equals(user) && !j.done());
    if (busy) {
      MemberImport.deleteQuietly(file);
      throw new RefusedException("import.refused.busy");
    }
    var job = new Job(UUID.randomUUID().toString(), user, dryRun);
    jobs.put(job.id, job);
    // the job runs as the user who started it, so its changes are theirs in the audit trail
    executor.execute(
        new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(
            () -> {
              try {
                job.report = memberImport.run(file, dryRun, scope, user, job);
              } catch (RefusedException e) {
                job.refusal = e;
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

  /** The user's own job; someone else's, or a forgotten one, is not found. */
  Optional<Job> find(String id, String user) {
    return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(user));
  }

  private void forgetOld() {
    Instant limit = clock.instant().minus(KEPT);
    jobs.values().removeIf(j -> j.finishedAt != null && j.finishedAt.isBefore(limit));
  }
}
