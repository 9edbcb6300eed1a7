package vn.dangbo.members;

import java.util.Locale;

/**
 * How to run an import: a dry run or a commit; all or nothing (the default: any problem and nothing
 * is written) or the valid rows only, the refused ones handed back as a file; and the language of
 * that file's reasons.
 */
public record ImportOptions(boolean dryRun, boolean validRowsOnly, Locale locale) {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  public ImportOptions {
    locale = locale == null ? VIETNAMESE : locale;
  }

  /** All or nothing, in Vietnamese. */
  public static ImportOptions allOrNothing(boolean dryRun) {
    return new ImportOptions(dryRun, false, VIETNAMESE);
  }
}
