package org.parceldesk.complaint;

/** The customer e-mails of the complaint workflow: templates/mail/{template}.html and {template}_en.html. */
enum ComplaintMail {
    ACKNOWLEDGMENT("complaint-acknowledgment"),
    INFO_REQUEST("complaint-info-request"),
    REPLY("complaint-reply"),
    SURVEY("complaint-survey"),
    ABANDONED("complaint-abandoned"),
    /** To a co-complainant: their complaint was joined to the open case on the same waybill and category. */
    JOINED("complaint-joined");

    private final String template;

    ComplaintMail(String template) {
        this.template = template;
    }

    String template() {
        return template;
    }

    static ComplaintMail byTemplate(String template) {
        for (ComplaintMail mail : values()) {
            if (mail.template.equals(template)) {
                return mail;
            }
        }
        throw new IllegalArgumentException("Unknown complaint mail template " + template);
    }
}
