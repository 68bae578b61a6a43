package org.parceldesk.complaint;

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

    ComplaintValidator(ComplaintProperties properties, InputLimits limits) {
        this.properties = properties;
        this.limits = limits;
    }

    ComplaintIntake.ValidComplaint validate(NewComplaint request) {
        if (request == null) {
            throw ApiProblem.invalid("body", "is missing");
        }
        List<FieldProblem> errors = new ArrayList<>();
        String waybill = strip(request.waybillNo());
        if (waybill == null) {
            errors.add(new FieldProblem("waybillNo", "必填 is required"));
        } else if (!WAYBILL.matcher(waybill).matches()) {
            errors.add(new FieldProblem("waybillNo", "运单号应为6至32位字母或数字 must be 6 to 32 letters or digits"));
        }
        ComplaintChannel channel = oneOf("channel", request.channel(), ComplaintChannel.class, errors);
        ComplaintCategory category = oneOf("category", request.category(), ComplaintCategory.class, errors);
        String name = strip(request.customerName());
        if (name == null) {
            errors.add(new FieldProblem("customerName", "必填 is required"));
        } else if (name.codePointCount(0, name.length()) > properties.nameMaxLength()) {
            errors.add(new FieldProblem("customerName", "不能超过" + properties.nameMaxLength() + "个字符 must have at most "
                    + properties.nameMaxLength() + " characters"));
        }
        String phone = null;
        String email = strip(request.customerEmail());
        if (strip(request.customerPhone()) == null) {
            // a mail to the service mailbox gives an address, often no phone: the address is the contact
            if (channel != ComplaintChannel.EMAIL || email == null) {
                errors.add(new FieldProblem("customerPhone", "必填 is required"));
            }
        } else {
            Optional<String> normalized = PhoneNumbers.normalize(request.customerPhone());
            if (normalized.isEmpty()) {
                errors.add(new FieldProblem("customerPhone",
                        "应为11位手机号或带区号的固定电话 must be an 11-digit mainland mobile number or a landline with area code"));
            } else {
                phone = normalized.get();
            }
        }
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldProblem("customerEmail", "邮箱格式不正确 is not a valid e-mail address"));
        }
        String description = strip(request.description());
        if (description == null) {
            errors.add(new FieldProblem("description", "必填 is required"));
        } else {
            int length = description.codePointCount(0, description.length());
            if (length < properties.descriptionMinLength() || length > properties.descriptionMaxLength()) {
                errors.add(new FieldProblem("description", "长度应为" + properties.descriptionMinLength() + "至"
                        + properties.descriptionMaxLength() + "个字符 must have " + properties.descriptionMinLength() + " to "
                        + properties.descriptionMaxLength() + " characters"));
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
                errors.add(new FieldProblem(field, "仅用于监管转办(REGULATOR)的投诉 is only for channel REGULATOR"));
            }
            return null;
        }
        int before = errors.size();
        if (reference == null) {
            errors.add(new FieldProblem("regulatorReference", "申诉转办必填 is required for channel REGULATOR"));
        } else if (reference.length() > MAX_REGULATOR_REFERENCE || limits.textRefusal(reference) != null) {
            errors.add(new FieldProblem("regulatorReference", "应为不超过" + MAX_REGULATOR_REFERENCE
                    + "个字符的编号 must be a reference of at most " + MAX_REGULATOR_REFERENCE + " characters"));
        }
        LocalDate deadline = null;
        if (deadlineText == null) {
            errors.add(new FieldProblem("regulatorDeadline", "申诉转办必填 is required for channel REGULATOR"));
        } else {
            try {
                deadline = LocalDate.parse(deadlineText);
                String refusal = limits.dateRefusal(deadline);
                if (refusal != null) {
                    errors.add(new FieldProblem("regulatorDeadline", refusal));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldProblem("regulatorDeadline", "日期格式应为 yyyy-MM-dd must be a date like 2026-03-07"));
            }
        }
        if (contact != null && (contact.length() > MAX_REGULATOR_CONTACT || limits.textRefusal(contact) != null)) {
            errors.add(new FieldProblem("regulatorContact", "不能超过" + MAX_REGULATOR_CONTACT + "个字符 must have at most "
                    + MAX_REGULATOR_CONTACT + " characters"));
        }
        return errors.size() == before ? new RegulatorReferral(reference, deadline, contact) : null;
    }

    private static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, List<FieldProblem> errors) {
        String stripped = strip(value);
        if (stripped == null) {
            errors.add(new FieldProblem(field, "必填 is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, stripped.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldProblem(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
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
