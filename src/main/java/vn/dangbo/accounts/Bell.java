package vn.dangbo.accounts;

/**
 * The count the bell in every page's header shows: the signed-in account's unread notifications,
 * answered by the module that keeps them. Without one (a slice test), the bell shows no count.
 */
public interface Bell {

  int unread(long accountId);
}
