package org.parceldesk.notification;

/**
 * Where text messages go: a provider's HTTP gateway in production ({@link HttpSmsGateway}), the log in
 * the embedded default ({@link LoggingSmsGateway}). Called outside any database transaction.
 */
interface SmsGateway {

    /**
     * @throws SmsGatewayException with {@code retryable} true for an outage (5xx, 429, timeout, no
     *                             connection), false when the gateway refused the message for good
     */
    void send(SmsRequest request) throws SmsGatewayException;

    /**
     * One text message.
     *
     * @param reference the same for every attempt of one outbox row, so that a gateway that deduplicates
     *                  by it never delivers a retried message twice
     * @param mobile    11-digit mainland mobile number
     * @param text      the whole text, signature included
     * @param segments  how many SMS it is billed as
     */
    record SmsRequest(String reference, String mobile, String text, int segments) {
    }

    /** The gateway did not take the message. */
    class SmsGatewayException extends Exception {

        private final boolean retryable;

        public SmsGatewayException(String message, boolean retryable, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
