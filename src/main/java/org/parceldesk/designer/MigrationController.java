package org.parceldesk.designer;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Instance migration for process designers and administrators: plan, dry run, execute as a batch, follow the batch. */
@RestController
@RequestMapping("/api/v1/admin/migrations")
@PreAuthorize("hasAnyAuthority('admin', 'process-designer')")
class MigrationController {

    private final Migrations migrations;

    MigrationController(Migrations migrations) {
        this.migrations = migrations;
    }

    /** The versions of a process with their running instances, newest first. */
    @GetMapping("/definitions")
    List<DefinitionVersion> versions(@RequestParam String processDefinitionKey) {
        return migrations.versions(processDefinitionKey);
    }

    @PostMapping("/plan")
    MigrationPlanView plan(@RequestBody MigrationRequest request) {
        return migrations.plan(request);
    }

    @PostMapping("/dry-run")
    DryRunReport dryRun(@RequestBody MigrationRequest request) {
        return migrations.dryRun(request);
    }

    @PostMapping("/execute")
    MigrationExecution execute(@RequestBody MigrationRequest request) {
        return migrations.execute(request);
    }

    @GetMapping("/batches/{batchId}")
    BatchView batch(@PathVariable String batchId) {
        return migrations.batch(batchId);
    }
}
