package org.parceldesk.console;

import org.parceldesk.common.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.ZoneProperties;
import org.parceldesk.designer.BatchView;
import org.parceldesk.designer.DefinitionVersion;
import org.parceldesk.designer.MigrationRequest;
import org.parceldesk.designer.MigrationRequest.ActivityMapping;
import org.parceldesk.designer.Migrations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 流程实例迁移 — the staff page for moving running cases to another process version: pick a
 * process and two versions, read the dry-run report, then execute as a batch and follow it.
 */
@Controller
@RequestMapping("/console/migrations")
@PreAuthorize("hasAnyAuthority('admin', 'process-designer')")
class MigrationConsoleController {

    /** One mapping per line: {@code Task_Resolve -> Task_Settle} (also → or =). */
    private static final Pattern MAPPING = Pattern.compile("^\\s*([\\w.-]+)\\s*(?:->|→|=)\\s*([\\w.-]+)\\s*$");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Migrations migrations;
    private final ZoneId zone;

    private final Messages messages;

    MigrationConsoleController(Migrations migrations, ZoneProperties zone, Messages messages) {
        this.messages = messages;
        this.migrations = migrations;
        this.zone = zone.zone();
    }

    /** The form behind the page; blank source means "every older version". */
    static class MigrationForm {
        private String key;
        private String sourceDefinitionId;
        private String targetDefinitionId;
        private String mappings;
        private boolean updateEventTriggers;

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getSourceDefinitionId() {
            return sourceDefinitionId;
        }

        public void setSourceDefinitionId(String sourceDefinitionId) {
            this.sourceDefinitionId = sourceDefinitionId;
        }

        public String getTargetDefinitionId() {
            return targetDefinitionId;
        }

        public void setTargetDefinitionId(String targetDefinitionId) {
            this.targetDefinitionId = targetDefinitionId;
        }

        public String getMappings() {
            return mappings;
        }

        public void setMappings(String mappings) {
            this.mappings = mappings;
        }

        public boolean isUpdateEventTriggers() {
            return updateEventTriggers;
        }

        public void setUpdateEventTriggers(boolean updateEventTriggers) {
            this.updateEventTriggers = updateEventTriggers;
        }
    }

    @GetMapping
    String page(@RequestParam(required = false) String key, Model model) {
        MigrationForm form = new MigrationForm();
        form.setKey(key);
        return show(form, model);
    }

    @PostMapping("/dry-run")
    String dryRun(@ModelAttribute("form") MigrationForm form, Model model) {
        try {
            model.addAttribute("report", migrations.dryRun(request(form)));
        } catch (ApiProblem problem) {
            model.addAttribute("error", describe(problem));
        }
        return show(form, model);
    }

    @PostMapping("/execute")
    String execute(@ModelAttribute("form") MigrationForm form, Model model) {
        try {
            model.addAttribute("execution", migrations.execute(request(form)));
            return "console/migration/executed";
        } catch (ApiProblem problem) {
            model.addAttribute("error", describe(problem));
            return show(form, model);
        }
    }

    @GetMapping("/batches/{batchId}")
    String batch(@PathVariable String batchId, Model model) {
        BatchView batch = migrations.batch(batchId);
        model.addAttribute("batch", batch);
        model.addAttribute("startTime", local(batch.startTime()));
        model.addAttribute("endTime", local(batch.endTime()));
        return "console/migration/batch";
    }

    private String show(MigrationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("keys", migrations.processKeys());
        if (form.getKey() != null && !form.getKey().isBlank()) {
            List<DefinitionVersion> versions = migrations.versions(form.getKey());
            model.addAttribute("versions", versions);
            if (form.getTargetDefinitionId() == null && !versions.isEmpty()) {
                form.setTargetDefinitionId(versions.get(0).id());
            }
        }
        return "console/migration/index";
    }

    private MigrationRequest request(MigrationForm form) {
        return new MigrationRequest(blankToNull(form.getKey()), blankToNull(form.getSourceDefinitionId()),
                blankToNull(form.getTargetDefinitionId()), mappings(form.getMappings()), form.isUpdateEventTriggers(),
                List.of());
    }

    List<ActivityMapping> mappings(String text) {
        List<ActivityMapping> mappings = new ArrayList<>();
        if (text == null) {
            return mappings;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = MAPPING.matcher(line);
            if (!matcher.matches()) {
                throw ApiProblem.invalid("mappings", messages.get("console.migration.mapping-format", line.strip()));
            }
            mappings.add(new ActivityMapping(matcher.group(1), matcher.group(2), false));
        }
        return mappings;
    }

    /** An instant as people here read it: business-zone wall time. */
    private String local(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static String describe(ApiProblem problem) {
        return problem.errors().isEmpty() ? problem.getMessage()
                : String.join("; ", problem.errors().stream().map(error -> error.message()).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
