package vn.dangbo.members;

/** What an import is doing, for a page that shows the progress of a large file. */
public interface ImportProgress {

  /** The steps of an import, in order. */
  enum Step {
    READING,
    CHECKING,
    WRITING
  }

  ImportProgress NONE = new ImportProgress() {};

  default void step(Step step) {}

  /** Called every few hundred rows with the number of rows read so far. */
  default void rowsRead(int rows) {}

  /** Called when an import nobody waits for is refused (see {@link MemberImport#runUnattended}). */
  default void refused(vn.dangbo.shared.RefusedException refusal) {}
}
