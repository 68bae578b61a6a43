package org.parceldesk.complaint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.springframework.stereotype.Component;

/** Checks every field of a new complaint and reports all problems at once (400 with the field list). */
@Component
class ComplaintValidator {

    private static final Pattern WAYBILL = Pattern.compile("[A-Za-z0-9]{6,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_EMAIL = 254;

    private final ComplaintProperties properties;

    ComplaintValidator(ComplaintProperties properties) {
        this.properties = properties;
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
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new ComplaintIntake.ValidComplaint(waybill.toUpperCase(Locale.ROOT), channel, category,
                new CustomerContact(name, phone, email == null ? null : email.toLowerCase(Locale.ROOT)),
                description);
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
