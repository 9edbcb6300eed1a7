package vn.dangbo.notifications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.dangbo.accounts.UserAccounts;

/**
 * The sender: takes the digests whose time has come (a claim committed before anything is sent, so
 * that two senders, in one instance or two, never take the same one), sends each by its channel and
 * marks it sent; a failure is retried after a wait that doubles, up to the last attempt. A digest
 * left being sent by a sender that stopped is marked uncertain and not sent again on its own: it
 * may have gone out, and an administrator decides.
 */
@Service
public class Outbox {

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);

  private final OutboxRepository deliveries;
  private final DigestComposer composer;
  private final Map<Delivery.Channel, DeliveryChannel> channels =
      new EnumMap<>(Delivery.Channel.class);
  private final int maxAttempts;
  private final Duration firstRetry;
  private final Duration stuckAfter;
  private final MeterRegistry metrics;
  private final UserAccounts accounts;

  Outbox(
      OutboxRepository deliveries,
      DigestComposer composer,
      List<DeliveryChannel> channels,
      MeterRegistry metrics,
      UserAccounts accounts,
      @Value("${dangbo.notifications.max-attempts:5}") int maxAttempts,
      @Value("${dangbo.notifications.first-retry:5m}") Duration firstRetry,
      @Value("${dangbo.notifications.stuck-after:10m}") Duration stuckAfter) {
    this.deliveries = deliveries;
    this.composer = composer;
    channels.forEach(c -> this.channels.put(c.channel(), c));
    this.maxAttempts = maxAttempts;
    this.firstRetry = firstRetry;
    this.stuckAfter = stuckAfter;
    this.metrics = metrics;
    this.accounts = accounts;
    Gauge.builder("dangbo.notifications.lag", deliveries, OutboxRepository::lagSeconds)
        .description("Seconds the oldest digest due has waited")
        .baseUnit("seconds")
        .register(metrics);
    Gauge.builder("dangbo.notifications.pending", deliveries, OutboxRepository::pending)
        .description("Digests waiting to be sent")
        .register(metrics);
  }

  /** A digest for the account by the channel for the day, once. */
  void enqueue(long account, Delivery.Channel channel, LocalDate day) {
    deliveries.enqueue(account, channel, day);
  }

  /** Sends what is due, in batches until none is left; answers how many were sent. */
  public int sendDue() {
    int stuck = deliveries.uncertain(stuckAfter);
    if (stuck > 0) {
      log.warn("{} digests were left being sent and are now uncertain", stuck);
    }
    int sent = 0;
    List<Delivery> batch;
    while (!(batch = deliveries.claim(20)).isEmpty()) {
      for (var delivery : batch) {
        if (send(delivery)) {
          sent++;
        }
      }
    }
    return sent;
  }

  /** Sends one claimed digest and records how it went. */
  boolean send(Delivery delivery) {
    try {
      var message = composer.compose(delivery);
      if (message.lines().isEmpty()) {
        // the user turned the channel off for every kind since the digest was queued
        deliveries.nothingToSay(delivery.id());
        return false;
      }
      channels.get(delivery.channel()).send(message);
    } catch (Exception e) {
      boolean last = delivery.attempts() >= maxAttempts;
      var wait = last ? null : firstRetry.multipliedBy(1L << Math.min(delivery.attempts() - 1, 10));
      deliveries.failed(
          delivery.id(), e.getMessage() == null ? e.toString() : e.getMessage(), wait);
      counter("dangbo.notifications.failed", delivery).increment();
      log.warn(
          "Digest {} by {} to account {} not sent (attempt {}): {}",
          delivery.id(),
          delivery.channel(),
          delivery.accountId(),
          delivery.attempts(),
          e.toString());
      return false;
    }
    deliveries.sent(delivery.id());
    counter("dangbo.notifications.sent", delivery).increment();
    return true;
  }

  private Counter counter(String name, Delivery delivery) {
    return Counter.builder(name).tag("channel", delivery.channel().name()).register(metrics);
  }

  /** The digests not sent, and those sent in the last week, for the administrator. */
  public List<Delivery> recent() {
    var recent = deliveries.recent(7, 200);
    var names = new HashMap<Long, String>();
    accounts
        .findAllById(recent.stream().map(Delivery::accountId).distinct().toList())
        .forEach(a -> names.put(a.id(), a.username()));
    return recent.stream().map(d -> d.named(names.get(d.accountId()))).toList();
  }

  /** An administrator sends a failed or uncertain digest again; false when it is neither. */
  public boolean retry(long id) {
    return deliveries.retry(id);
  }
}
