package org.parceldesk.notification;

/** A message cannot be rendered (missing template, template error, no subject, no case number): retrying will not help. */
class NotificationTemplateException extends Exception {

    NotificationTemplateException(String message) {
        super(message);
    }

    NotificationTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
