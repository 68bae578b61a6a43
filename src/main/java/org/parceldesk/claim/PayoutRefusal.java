package org.parceldesk.claim;

import org.parceldesk.common.StepRefused;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A payout request that cannot be calculated as given: a {@link StepRefused#badInput} (400) naming the
 * field, in the reader's language (keys {@code claim.refused.payout.*}, the field's label first). The
 * calculator never clamps or guesses: the claims handler corrects the named field and asks again.
 */
final class PayoutRefusal {

    private PayoutRefusal() {
    }

    /** {@code key}'s first argument is the field's label, followed by {@code args}. */
    static StepRefused of(String field, String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = label(field);
        System.arraycopy(args, 0, all, 1, args.length);
        return StepRefused.badInput(field, key, all);
    }

    /**
     * The field as the forms label it: a task field's {@code field.<name>}, else the payout input's own
     * {@code claim.field.<name>} (the shipment facts no task asks for), else the field's id.
     */
    static MessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable(new String[] {"field." + field, "claim.field." + field}, field);
    }
}
