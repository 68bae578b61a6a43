package org.parceldesk.common;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Query parameters, path variables and form fields get the same text rule as JSON bodies
 * ({@link TextInput}): a value with NUL, control or bidi characters is refused as a 400 naming the
 * parameter, before a controller sees it.
 */
@ControllerAdvice(basePackages = "org.parceldesk")
class TextBindingAdvice {

    /** A value {@link TextInput} refuses; the exception handler sends its message (already in the reader's language). */
    static final class RefusedText extends IllegalArgumentException {
        RefusedText(String refusal) {
            super(refusal);
        }
    }

    @InitBinder
    void refuseInvisibleCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String refusal = TextInput.refusal(text);
                if (refusal != null) {
                    throw new RefusedText(refusal);
                }
                setValue(text);
            }
        });
    }
}
