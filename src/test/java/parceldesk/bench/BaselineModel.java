package parceldesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline process: ParcelDesk's own complaint model with the same user tasks, service tasks,
 * gateways and timers, where every delegate, listener and expression that would reach ParcelDesk
 * code calls a no-op bean instead ({@code benchNoOp}), and groups, priorities and due dates are
 * constants. Derived from the model file at run time, so it keeps the shape when the model changes.
 */
final class BaselineModel {

    static final String KEY = "bench-baseline";
    static final String CLAIM_KEY = "bench-baseline-claim";

    private BaselineModel() {
    }

    static String fromComplaintModel() throws IOException {
        String xml = read("/processes/complaint.bpmn");
        xml = xml.replaceFirst("<bpmn:process id=\"complaint\"", "<bpmn:process id=\"" + KEY + "\"")
                .replace("bpmnElement=\"complaint\"", "bpmnElement=\"" + KEY + "\"");
        xml = replaceAll(xml, "camunda:delegateExpression=\"\\$\\{[^}]*}\"", "camunda:delegateExpression=\"\\${benchNoOp}\"");
        xml = replaceAll(xml, "(<camunda:taskListener )delegateExpression=\"[^\"]*\"", "$1delegateExpression=\"\\${benchNoOp}\"");
        xml = replaceAll(xml, "(<camunda:executionListener )expression=\"[^\"]*\"", "$1expression=\"\\${benchNoOp.touch()}\"");
        xml = replaceAll(xml, "camunda:candidateGroups=\"\\$\\{complaintParticipants[^\"]*\"", "camunda:candidateGroups=\"station-manager\"");
        xml = replaceAll(xml, "camunda:candidateUsers=\"\\$\\{[^\"]*\"", "camunda:candidateUsers=\"station-manager\"");
        xml = replaceAll(xml, "camunda:candidateGroups=\"\\$\\{handlerGroups}\"", "camunda:candidateGroups=\"complaint-handler\"");
        xml = replaceAll(xml, "camunda:priority=\"\\$\\{taskPriority}\"", "camunda:priority=\"50\"");
        xml = replaceAll(xml, "camunda:dueDate=\"\\$\\{[^\"]*\"", "camunda:dueDate=\"\\${benchNoOp.dueDate()}\"");
        xml = replaceAll(xml, "(<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">)[^<]*<", "$1\\${benchNoOp.dueDate()}<");
        xml = xml.replace("complaintSettings.dissatisfiedAtMost", "2");
        // a condition that asks ParcelDesk code gets a boolean: false, the answer a new case gets (a date here
        // made every baseline start fail with "condition expression returns non-Boolean")
        xml = replaceAll(xml, "(<bpmn:conditionExpression[^>]*>)\\$\\{(slaClocks|complaint[A-Za-z]*)\\.[^}]*}<",
                "$1\\${benchNoOp.no()}<");
        // whatever else reaches ParcelDesk beans (input parameters and the like) becomes a constant date
        xml = replaceAll(xml, "\\$\\{(slaClocks|complaint[A-Za-z]*)\\.[^}]*}", "\\${benchNoOp.dueDate()}");
        Matcher leftover = Pattern.compile("\\$\\{(complaint[A-Za-z]*|slaClocks)[.}]").matcher(xml);
        if (leftover.find()) {
            throw new IllegalStateException("Baseline still calls ParcelDesk code near: "
                    + xml.substring(Math.max(0, leftover.start() - 80), Math.min(xml.length(), leftover.end() + 80)));
        }
        return xml;
    }

    /**
     * The claim's baseline: ParcelDesk's own claim model (same user tasks, service tasks, the approval
     * DMN, gateways, timers and the asynchronous payment step) with every delegate and listener a
     * no-op. Its gateways route on variables ParcelDesk's delegates would compute; the baseline is
     * started with the values they compute for the benchmarked claim (within the claim window, payout
     * above the supervisor's authority, settled, no insurance recovery), so it takes the same path:
     * evidence, assessment, supervisor, manager, customer confirmation, payment, close.
     */
    static String fromClaimModel() throws IOException {
        String xml = read("/processes/claim-compensation.bpmn");
        xml = xml.replaceFirst("<process id=\"claim-compensation\"", "<process id=\"" + CLAIM_KEY + "\"")
                .replace("bpmnElement=\"claim-compensation\"", "bpmnElement=\"" + CLAIM_KEY + "\"");
        xml = replaceAll(xml, "camunda:delegateExpression=\"\\$\\{[^}]*}\"", "camunda:delegateExpression=\"\\${benchNoOp}\"");
        xml = replaceAll(xml, "(<camunda:(task|execution)Listener )delegateExpression=\"[^\"]*\"", "$1delegateExpression=\"\\${benchNoOp}\"");
        xml = replaceAll(xml, "(<camunda:(task|execution)Listener )expression=\"[^\"]*\"", "$1expression=\"\\${benchNoOp.touch()}\"");
        xml = replaceAll(xml, "camunda:dueDate=\"\\$\\{[^\"]*\"", "camunda:dueDate=\"\\${benchNoOp.dueDate()}\"");
        xml = replaceAll(xml, "(<(bpmn:)?timeDate xsi:type=\"(bpmn:)?tFormalExpression\">)[^<]*<", "$1\\${benchNoOp.dueDate()}<");
        Matcher leftover = Pattern.compile("\\$\\{(claim[A-Za-z]*\\.|sla[A-Za-z]*[.}]|formContext[.}])").matcher(xml);
        if (leftover.find()) {
            throw new IllegalStateException("Claim baseline still calls ParcelDesk code near: "
                    + xml.substring(Math.max(0, leftover.start() - 80), Math.min(xml.length(), leftover.end() + 80)));
        }
        return xml;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = BaselineModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String replaceAll(String xml, String regex, String replacement) {
        return Pattern.compile(regex).matcher(xml).replaceAll(replacement);
    }
}
