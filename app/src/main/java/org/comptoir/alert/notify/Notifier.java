package org.comptoir.alert.notify;

/**
 * An outbound plug-in that carries an alert somewhere people or machines hear it. One attempt per call:
 * retries belong to {@link Delivery}. Implementations: {@link WebhookNotifier} (signed JSON),
 * {@link SlackNotifier} (Slack-compatible incoming webhook); both pass {@code NotifierContract}.
 */
public interface Notifier {

    /** Sends once; returns a short description of the receiver's answer, or throws with the reason it failed. */
    String send(Notification notification) throws DeliveryFailed;

    /** One attempt failed: {@code retryable} when trying again later may succeed (network error, 5xx, 429). */
    final class DeliveryFailed extends Exception {
        private final boolean retryable;

        public DeliveryFailed(String reason, boolean retryable) {
            super(reason);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
