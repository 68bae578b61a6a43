package org.parceldesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.provider.Arguments;
import org.parceldesk.designer.ConsoleMigrationFixture;
import org.parceldesk.testing.PageLanguageCases;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every console page in both languages ({@link PageLanguageCases}), one sample text per page from
 * {@code console.page.*}. The migration pages run a real migration on the engine.
 */
@ParcelDeskTest
class ConsolePagesLanguageTest extends PageLanguageCases<ConsolePagesLanguageTest> {

    private static final Pattern BATCH_LINK = Pattern.compile("/console/migrations/batches/([\\w-]+)");
    private static final String MARCH = "from=2030-03-01&to=2030-03-31";

    @Autowired
    ProcessEngine engine;

    ConsoleMigrationFixture fixture;

    @BeforeEach
    void newProcessKey() {
        fixture = new ConsoleMigrationFixture(engine);
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                new Page<ConsolePagesLanguageTest>("index", t -> get("/console").with(as("complaint-handler")), "常用入口", "Where to go"),
                new Page<ConsolePagesLanguageTest>("calendar", t -> get("/console/calendar").with(as("admin")), "录入或替换一年",
                        "Enter or replace a year"),
                new Page<ConsolePagesLanguageTest>("dashboard", t -> get("/console/dashboard?" + MARCH).with(as("admin")), "服务时限达成率趋势",
                        "Share of cases within their SLA"),
                new Page<ConsolePagesLanguageTest>("dashboard-cases", t -> get("/console/dashboard/cases?kind=complaint&" + MARCH).with(as("admin")),
                        "时间(北京)", "Time (Beijing)"),
                new Page<ConsolePagesLanguageTest>("migration/index", t -> t.migrationIndex(), "改名活动的映射（每行一个）：",
                        "Mappings for renamed activities (one per line):"),
                new Page<ConsolePagesLanguageTest>("migration/executed", t -> t.execute(), "迁移已开始", "Migration started"),
                new Page<ConsolePagesLanguageTest>("migration/batch", t -> get(t.batch()).with(as("admin")), "作业总数", "Jobs"))
                .map(Arguments::of);
    }

    private ProcessDefinition deployTwoVersionsWithACaseOnTheOlder() {
        fixture.deploy("migration-v2-task-added.bpmn");
        ProcessInstance atResolve = fixture.start("TS-LANG-1");
        fixture.complete(atResolve, "Task_Receive");
        fixture.complete(atResolve, "Task_Check");
        return fixture.deploy("migration-v3-task-renamed.bpmn");
    }

    private MockHttpServletRequestBuilder migrationIndex() {
        deployTwoVersionsWithACaseOnTheOlder();
        return get("/console/migrations").param("key", fixture.key()).with(as("admin"));
    }

    private MockHttpServletRequestBuilder execute() {
        ProcessDefinition target = deployTwoVersionsWithACaseOnTheOlder();
        return post("/console/migrations/execute").with(as("admin")).with(csrf()).param("key", fixture.key())
                .param("targetDefinitionId", target.getId()).param("mappings", "Task_Resolve -> Task_Settle");
    }

    private String batch() throws Exception {
        String executed = mvc.perform(execute()).andReturn().getResponse().getContentAsString();
        Matcher link = BATCH_LINK.matcher(executed);
        assertThat(link.find()).as("batch link").isTrue();
        fixture.runBatch(link.group(1));
        return "/console/migrations/batches/" + link.group(1);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String group) {
        return user("lang-" + group).authorities(new SimpleGrantedAuthority(group));
    }
}
