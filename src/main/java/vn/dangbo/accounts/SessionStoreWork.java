package vn.dangbo.accounts;

import java.util.function.Supplier;

/**
 * Whether the current thread is reading or saving a session. The session store's statements touch
 * only its own tables, which are not audited: a connection taken for them needs no actor, and
 * looking for one would read the session being read (a second read of it, on a second connection).
 */
public final class SessionStoreWork {

  private static final ThreadLocal<Boolean> UNDERWAY = new ThreadLocal<>();

  private SessionStoreWork() {}

  /** Whether the session store is at work on this thread. */
  public static boolean underway() {
    return UNDERWAY.get() != null;
  }

  static <T> T run(Supplier<T> work) {
    if (underway()) {
      return work.get();
    }
    UNDERWAY.set(Boolean.TRUE);
    try {
      return work.get();
    } finally {
      UNDERWAY.remove();
    }
  }
}
