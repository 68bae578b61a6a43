package org.parceldesk.common;

import org.springframework.context.MessageSource;

/** The application's message bundles for tests that render templates with their own Thymeleaf engine. */
public final class TestBundles {

    private TestBundles() {
    }

    public static MessageSource messageSource() {
        return MessageConfiguration.BUNDLES;
    }
}
