package org.parceldesk.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.parceldesk.claim.ClaimReading;
import org.parceldesk.claim.EvidenceStore;
import org.parceldesk.station.StationRepository;
import org.parceldesk.tasklist.TaskSupervisors;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The staff workbench's pages (docs/workbench.md): task list with bulk actions, case search, case page. */
@Controller
class WorkbenchController {

    private final WorkbenchTasks tasks;
    private final BulkTaskActions bulk;
    private final CaseSearch search;
    private final CaseFile cases;
    private final CaseAccess access;
    private final ClaimReading claims;
    private final EvidenceStore evidence;
    private final TaskSupervisors supervisors;
    private final WorkbenchTexts texts;
    private final EngineSessionBridge engineSession;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final StationRepository stations;
    private final TaskCatalog catalog;

    WorkbenchController(WorkbenchTasks tasks, BulkTaskActions bulk, CaseSearch search, CaseFile cases,
            CaseAccess access, ClaimReading claims, EvidenceStore evidence, TaskSupervisors supervisors,
            WorkbenchTexts texts, EngineSessionBridge engineSession, RepositoryService repository,
            RuntimeService runtime, StationRepository stations, TaskCatalog catalog) {
        this.tasks = tasks;
        this.bulk = bulk;
        this.search = search;
        this.cases = cases;
        this.access = access;
        this.claims = claims;
        this.evidence = evidence;
        this.supervisors = supervisors;
        this.texts = texts;
        this.engineSession = engineSession;
        this.repository = repository;
        this.runtime = runtime;
        this.stations = stations;
        this.catalog = catalog;
    }

    Viewer viewer(Authentication user) {
        List<String> groups = Viewer.groupsOf(user);
        return new Viewer(user.getName(), groups, supervisors.processesSupervisedBy(groups), supervisors.isAdmin(groups));
    }

    @GetMapping("/workbench")
    String taskList(@RequestParam(required = false) String scope, @RequestParam(required = false) String process,
            @RequestParam(required = false) String task, @RequestParam(required = false) String station,
            @RequestParam(required = false) String priority, @RequestParam(required = false) boolean overdue,
            @RequestParam(defaultValue = "0") int page, Authentication user, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        WorkbenchTexts.Texts t = texts.of(request, response);
        Viewer viewer = viewer(user);
        TaskFilter filter = new TaskFilter(TaskScope.parse(scope), process, task, station, priority, overdue, page);
        model.addAttribute("t", t);
        model.addAttribute("viewer", viewer);
        model.addAttribute("filter", filter);
        model.addAttribute("result", tasks.page(viewer, filter, t.isEnglish()));
        model.addAttribute("processes", CaseProcess.values());
        model.addAttribute("steps", catalog.steps());
        model.addAttribute("stations", stations.findAll(Sort.by("code")));
        model.addAttribute("query", query(filter));
        return "workbench/tasks";
    }

    @PostMapping("/workbench/tasks/bulk")
    String bulkAction(@RequestParam String action, @RequestParam(name = "taskId", required = false) List<String> taskIds,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) String back,
            Authentication user, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        WorkbenchTexts.Texts t = texts.of(request, response);
        BulkTaskActions.Action parsed;
        try {
            parsed = BulkTaskActions.Action.valueOf(action.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, t.get("refused.bulk-action"));
        }
        List<BulkTaskActions.Result> results = taskIds == null || taskIds.isEmpty() ? List.of()
                : bulk.apply(viewer(user), parsed, taskIds, assignee, t);
        redirect.addFlashAttribute("results", results);
        redirect.addFlashAttribute("noneSelected", results.isEmpty());
        return "redirect:" + safeBack(back);
    }

    @GetMapping("/workbench/search")
    String search(@RequestParam(required = false) String q, Authentication user, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        WorkbenchTexts.Texts t = texts.of(request, response);
        model.addAttribute("t", t);
        model.addAttribute("viewer", viewer(user));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("hits", search.search(q, user, t.isEnglish()));
        return "workbench/search";
    }

    @GetMapping("/workbench/cases/{caseNo}")
    String casePage(@PathVariable String caseNo, Authentication user, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        WorkbenchTexts.Texts t = texts.of(request, response);
        Viewer viewer = viewer(user);
        CaseFile.View view = cases.open(caseNo, user, viewer, t).orElseThrow(() -> refusal(caseNo, user));
        // the in-place form submits through Tasklist's engine API with this session
        engineSession.signIn(request.getSession(), user.getName());
        model.addAttribute("t", t);
        model.addAttribute("viewer", viewer);
        model.addAttribute("c", view);
        model.addAttribute("canDownload", claims.mayDownloadEvidence(user));
        return "workbench/case";
    }

    /**
     * The staff session's Camunda CSRF token, for the case page's form to send with its submit to
     * Tasklist's engine API; null until Camunda's filter has issued one (on the session's first GET
     * under /camunda). Same-origin JSON only: another site cannot read it, as it cannot read a
     * page's hidden CSRF field.
     */
    @GetMapping(path = "/workbench/engine-token", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> engineToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("token", session == null ? null : engineSession.csrfToken(session));
        return body;
    }

    /** The case's process model and the steps it is at, for the diagram viewer. */
    @GetMapping(path = "/workbench/cases/{caseNo}/diagram", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> diagram(@PathVariable String caseNo, Authentication user) throws IOException {
        CaseProcess process = CaseProcess.ofCaseNo(caseNo).orElseThrow(() -> refusal(caseNo, user));
        if (!access.canRead(caseNo, user)) {
            throw refusal(caseNo, user);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        Optional<org.camunda.bpm.engine.runtime.ProcessInstance> instance = cases.runningInstance(caseNo, process);
        String definitionId = instance.map(org.camunda.bpm.engine.runtime.ProcessInstance::getProcessDefinitionId)
                .orElseGet(() -> repository.createProcessDefinitionQuery().processDefinitionKey(process.key)
                        .latestVersion().singleResult().getId());
        try (InputStream xml = repository.getProcessModel(definitionId)) {
            body.put("xml", new String(xml.readAllBytes(), StandardCharsets.UTF_8));
        }
        body.put("active", instance.map(i -> runtime.getActiveActivityIds(i.getId())).orElse(List.of()));
        return body;
    }

    @GetMapping("/workbench/cases/{caseNo}/evidence/{evidenceId}")
    ResponseEntity<Resource> evidenceFile(@PathVariable String caseNo, @PathVariable long evidenceId,
            Authentication user, HttpServletRequest request, HttpServletResponse response) {
        if (CaseProcess.ofCaseNo(caseNo).orElse(null) != CaseProcess.CLAIM || !claims.mayDownloadEvidence(user)) {
            throw new AccessDeniedException("not allowed to download evidence");
        }
        EvidenceStore.StoredFile file = evidence.open(caseNo, evidenceId);
        if (!Files.exists(file.path())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, texts.of(request, response).get("refused.evidence-missing"));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.evidence().getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.evidence().getOriginalName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(file.path()));
    }

    /** 403 when the case exists or the user may not know whether it does (as the APIs answer); 404 otherwise. */
    private RuntimeException refusal(String caseNo, Authentication user) {
        return new AccessDeniedException("case " + caseNo + " is not open to " + user.getName());
    }

    private static String query(TaskFilter filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/workbench").queryParam("scope",
                filter.scope().name().toLowerCase(java.util.Locale.ROOT));
        if (filter.process() != null) {
            uri.queryParam("process", filter.process());
        }
        if (filter.task() != null) {
            uri.queryParam("task", filter.task());
        }
        if (filter.station() != null) {
            uri.queryParam("station", filter.station());
        }
        if (filter.priority() != null) {
            uri.queryParam("priority", filter.priority());
        }
        if (filter.overdue()) {
            uri.queryParam("overdue", true);
        }
        return uri.encode().build().toUriString();
    }

    /** Back to a workbench page only: never an address a crafted form names. */
    private static String safeBack(String back) {
        if (back != null && back.startsWith("/workbench") && !back.contains("//") && !back.contains("\\")) {
            return back;
        }
        return "/workbench";
    }
}
