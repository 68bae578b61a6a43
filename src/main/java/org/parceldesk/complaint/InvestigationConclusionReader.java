package org.parceldesk.complaint;

import static org.parceldesk.complaint.ComplaintProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.common.StepRefused;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.violation.ViolationType;
import org.parceldesk.workflow.TaskInput;
import org.springframework.stereotype.Component;

/**
 * Reads and checks an investigation's conclusion: finding, responsible party, compensation, and, when
 * the courier is at fault, an existing active courier and the violation type (the category's default
 * when none is chosen). Every problem is reported at once: one refusal, one fault per field.
 */
@Component
class InvestigationConclusionReader {

    /** A checked conclusion; {@code violationType} is set when the courier is at fault. */
    record Conclusion(String finding, ResponsibleParty party, boolean compensation, boolean courierAtFault,
            String courierNo, ViolationType violationType) {
    }

    private final CourierRepository couriers;

    InvestigationConclusionReader(CourierRepository couriers) {
        this.couriers = couriers;
    }

    Conclusion read(TaskInput input, Complaint complaint) {
        List<StepRefused.Fault> faults = new ArrayList<>();
        String finding = collect(faults, () -> input.requiredText(FINDING));
        ResponsibleParty party = collect(faults, () -> input.requiredChoice(RESPONSIBLE_PARTY, ResponsibleParty.class));
        boolean compensation = input.flag(COMPENSATION_NEEDED);
        boolean courierAtFault = input.flag(COURIER_AT_FAULT);
        String courierNo = collect(faults, () -> input.text(COURIER_NO));
        ViolationType violationType = collect(faults, () -> input.choice(VIOLATION_TYPE, ViolationType.class));
        if (courierAtFault) {
            if (courierNo == null) {
                faults.add(new StepRefused.Fault(COURIER_NO, "complaint.refused.courier-required"));
            } else {
                courierNo = courierNo.toUpperCase(Locale.ROOT);
                checkCourier(courierNo, faults);
            }
            if (violationType == null) {
                violationType = complaint.getCategory().defaultViolationType();
            }
            if (violationType == null && faults.stream().noneMatch(fault -> VIOLATION_TYPE.equals(fault.field()))) {
                faults.add(new StepRefused.Fault(VIOLATION_TYPE, "complaint.refused.violation-type-required"));
            }
        }
        if (!faults.isEmpty()) {
            throw StepRefused.badInputs(faults);
        }
        return new Conclusion(finding, party, compensation, courierAtFault, courierNo, violationType);
    }

    private void checkCourier(String courierNo, List<StepRefused.Fault> faults) {
        Courier courier = couriers.findById(courierNo).orElse(null);
        if (courier == null) {
            faults.add(new StepRefused.Fault(COURIER_NO, "complaint.refused.courier-unknown", courierNo));
        } else if (!courier.isActive()) {
            faults.add(new StepRefused.Fault(COURIER_NO, "complaint.refused.courier-inactive", courierNo));
        }
    }

    /** Reads one field; its refusal joins {@code faults} instead of ending the check. */
    private static <T> T collect(List<StepRefused.Fault> faults, Supplier<T> read) {
        try {
            return read.get();
        } catch (StepRefused refused) {
            faults.addAll(refused.faults());
            return null;
        }
    }
}
