/**
 * Notifications (thông báo): what falls due for whom, told once. A daily job asks the modules that
 * know what is due (their published answers, with each account's scope) and writes one notification
 * per item into the account's list; the bell and the list show them. For the channels an account
 * wants outside the app, a digest per day and channel waits in the outbox and a sender works it
 * off, once per channel, with retries. Only this module sends; a message outside the app carries
 * counts, the recipient's own name and a link, never a member's data.
 */
@ApplicationModule(
    displayName = "Notifications",
    allowedDependencies = {
      "accounts",
      "away",
      "cellreports",
      "development",
      "dues",
      "identity",
      "meetings",
      "members",
      "organization",
      "rules",
      "shared",
      "terms"
    })
package vn.dangbo.notifications;

import org.springframework.modulith.ApplicationModule;
