package org.parceldesk.notification;

/** Text messages through an {@link SmsGateway}; the row's id and creation time make the gateway reference. */
final class SmsTransport implements OutboxTransport<SmsTransport.Ready> {

    private final SmsText texts;
    private final SmsGateway gateway;

    SmsTransport(SmsText texts, SmsGateway gateway) {
        this.texts = texts;
        this.gateway = gateway;
    }

    record Ready(SmsGateway.SmsRequest request) {
    }

    @Override
    public OutboxChannel channel() {
        return OutboxChannel.SMS;
    }

    @Override
    public String serviceName() {
        return "SMS gateway";
    }

    @Override
    public Ready prepare(OutboxMessage row) throws Undeliverable {
        String mobile = SmsText.mobile(row.getRecipient())
                .orElseThrow(() -> new Undeliverable("Not a mainland mobile number", null));
        SmsText.Rendered text;
        try {
            text = texts.render(row);
        } catch (NotificationTemplateException e) {
            throw new Undeliverable("Template error: " + e.getMessage(), e);
        }
        String reference = "parceldesk.outbox." + row.getId() + "." + row.getCreatedAt().getEpochSecond();
        return new Ready(new SmsGateway.SmsRequest(reference, mobile, text.text(), text.segments()));
    }

    @Override
    public void send(Ready message) throws Retryable, Undeliverable {
        try {
            gateway.send(message.request());
        } catch (SmsGateway.SmsGatewayException e) {
            if (e.retryable()) {
                throw new Retryable(e.getMessage(), e);
            }
            throw new Undeliverable(e.getMessage(), e);
        }
    }

    @Override
    public Integer segments(Ready message) {
        return message.request().segments();
    }
}
