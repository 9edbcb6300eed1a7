package vn.dangbo.database;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An administrator downloads a backup of the running database (the security configuration lets only
 * administrators reach {@code /admin/**}); the only way to back up an embedded database while
 * dangbo runs, besides the automatic daily ones.
 */
@Controller
class BackupDownload {

  private final Backups backups;

  BackupDownload(Backups backups) {
    this.backups = backups;
  }

  @GetMapping("/admin/backup")
  void download(HttpServletResponse response) throws IOException {
    String name =
        "dangbo-"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"))
            + ".zip";
    response.setContentType("application/zip");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    backups.backup(response.getOutputStream());
  }
}
