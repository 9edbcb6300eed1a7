package vn.dangbo.notifications;

/** A way out of the app: sends a digest, or throws with the reason it could not. */
public interface DeliveryChannel {

  Delivery.Channel channel();

  void send(DigestMessage message) throws Exception;
}
