package org.parceldesk.complaint;

import org.parceldesk.common.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.common.InputLimits;
import org.springframework.stereotype.Component;

/** Checks every field of a new complaint and reports all problems at once (400 with the field list). */
@Component
class ComplaintValidator {

    private static final Pattern WAYBILL = Pattern.compile("[A-Za-z0-9]{6,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_EMAIL = 254;

    private static final int MAX_REGULATOR_REFERENCE = 64;
    private static final int MAX_REGULATOR_CONTACT = 200;

    private final ComplaintProperties properties;
    private final InputLimits limits;

    private final Messages messages;

    ComplaintValidator(ComplaintProperties properties, InputLimits limits, Messages messages) {
        this.messages = messages;
        this.properties = properties;
        this.limits = limits;
    }

    ComplaintIntake.ValidComplaint validate(NewComplaint request) {
        if (request == null) {
            throw ApiProblem.invalid("body", messages.get("problem.field.missing"));
        }
        List<FieldProblem> errors = new ArrayList<>();
        String waybill = strip(request.waybillNo());
        if (waybill == null) {
            errors.add(new FieldProblem("waybillNo", messages.get("problem.field.required")));
        } else if (!WAYBILL.matcher(waybill).matches()) {
            errors.add(new FieldProblem("waybillNo", messages.get("complaint.field.waybill-format")));
        }
        ComplaintChannel channel = oneOf("channel", request.channel(), ComplaintChannel.class, errors);
        ComplaintCategory category = oneOf("category", request.category(), ComplaintCategory.class, errors);
        String name = strip(request.customerName());
        if (name == null) {
            errors.add(new FieldProblem("customerName", messages.get("problem.field.required")));
        } else if (name.codePointCount(0, name.length()) > properties.nameMaxLength()) {
            errors.add(new FieldProblem("customerName", messages.get("complaint.field.too-long",
                    properties.nameMaxLength())));
        }
        String phone = null;
        String email = strip(request.customerEmail());
        if (strip(request.customerPhone()) == null) {
            // a mail to the service mailbox gives an address, often no phone: the address is the contact
            if (channel != ComplaintChannel.EMAIL || email == null) {
                errors.add(new FieldProblem("customerPhone", messages.get("problem.field.required")));
            }
        } else {
            Optional<String> normalized = PhoneNumbers.normalize(request.customerPhone());
            if (normalized.isEmpty()) {
                errors.add(new FieldProblem("customerPhone",
                        messages.get("complaint.field.phone-format")));
            } else {
                phone = normalized.get();
            }
        }
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldProblem("customerEmail", messages.get("complaint.field.email-format")));
        }
        String description = strip(request.description());
        if (description == null) {
            errors.add(new FieldProblem("description", messages.get("problem.field.required")));
        } else {
            int length = description.codePointCount(0, description.length());
            if (length < properties.descriptionMinLength() || length > properties.descriptionMaxLength()) {
                errors.add(new FieldProblem("description", messages.get("complaint.field.length",
                        properties.descriptionMinLength(), properties.descriptionMaxLength())));
            }
        }
        RegulatorReferral referral = referral(request, channel, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new ComplaintIntake.ValidComplaint(waybill.toUpperCase(Locale.ROOT), channel, category,
                new CustomerContact(name, phone, email == null ? null : email.toLowerCase(Locale.ROOT)),
                description, referral);
    }

    /**
     * A REGULATOR complaint must carry the regulator's reference and deadline (the outcome is
     * reported back against them); any other channel must not, so that nobody files an ordinary
     * complaint that looks like a referral in the reports.
     */
    private RegulatorReferral referral(NewComplaint request, ComplaintChannel channel, List<FieldProblem> errors) {
        String reference = strip(request.regulatorReference());
        String deadlineText = strip(request.regulatorDeadline());
        String contact = strip(request.regulatorContact());
        if (channel != ComplaintChannel.REGULATOR) {
            if (channel != null && (reference != null || deadlineText != null || contact != null)) {
                String field = reference != null ? "regulatorReference" : deadlineText != null ? "regulatorDeadline" : "regulatorContact";
                errors.add(new FieldProblem(field, messages.get("complaint.field.regulator-only")));
            }
            return null;
        }
        int before = errors.size();
        if (reference == null) {
            errors.add(new FieldProblem("regulatorReference", messages.get("complaint.field.regulator-required")));
        } else if (reference.length() > MAX_REGULATOR_REFERENCE || limits.textRefusal(reference) != null) {
            errors.add(new FieldProblem("regulatorReference", messages.get("complaint.field.reference-format",
                    MAX_REGULATOR_REFERENCE)));
        }
        LocalDate deadline = null;
        if (deadlineText == null) {
            errors.add(new FieldProblem("regulatorDeadline", messages.get("complaint.field.regulator-required")));
        } else {
            try {
                deadline = LocalDate.parse(deadlineText);
                String refusal = limits.dateRefusal(deadline);
                if (refusal != null) {
                    errors.add(new FieldProblem("regulatorDeadline", refusal));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldProblem("regulatorDeadline", messages.get("complaint.field.date-format")));
            }
        }
        if (contact != null && (contact.length() > MAX_REGULATOR_CONTACT || limits.textRefusal(contact) != null)) {
            errors.add(new FieldProblem("regulatorContact", messages.get("complaint.field.too-long",
                    MAX_REGULATOR_CONTACT)));
        }
        return errors.size() == before ? new RegulatorReferral(reference, deadline, contact) : null;
    }

    private <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, List<FieldProblem> errors) {
        String stripped = strip(value);
        if (stripped == null) {
            errors.add(new FieldProblem(field, messages.get("problem.field.required")));
            return null;
        }
        try {
            return Enum.valueOf(type, stripped.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem(field, messages.get("problem.field.one-of", Arrays.toString(type.getEnumConstants()))));
            return null;
        }
    }

    private static String strip(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
