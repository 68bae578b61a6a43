package org.parceldesk.common;

import org.springframework.context.MessageSource;

/**
 * Labels of the codes people read (statuses, categories, types, outcomes): key
 * {@code enum.<SimpleName>.<CONSTANT>} in the message bundles. An enum's {@code label()} is the Chinese
 * one, as stored in timelines, reports and mails; {@link Messages#label} gives the reader's language.
 * Static because enum constants cannot have beans injected; it reads the same bundles as the
 * {@link MessageSource} bean ({@link MessageConfiguration}).
 */
public final class EnumLabels {

    private static final MessageSource BUNDLES = new MessageConfiguration().messageSource();

    private EnumLabels() {
    }

    /** The Chinese label of a code. */
    public static String chinese(Enum<?> value) {
        return BUNDLES.getMessage(key(value), null, Messages.DEFAULT);
    }

    /** {@code enum.ComplaintStatus.RECEIVED} */
    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
