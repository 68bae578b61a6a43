package org.parceldesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parceldesk.designer.ConsoleMigrationFixture;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff page for instance migration, driven as an administrator would: pick, dry-run, execute, follow. */
@ParcelDeskTest
class MigrationConsoleTest {

    private static final Pattern BATCH_LINK = Pattern.compile("/console/migrations/batches/([\\w-]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;

    ConsoleMigrationFixture fixture;

    @BeforeEach
    void newProcessKey() {
        fixture = new ConsoleMigrationFixture(engine);
    }

    @Test
    void anAdministratorDryRunsThenMigratesARenamedTaskWithAMapping() throws Exception {
        fixture.deploy("migration-v2-task-added.bpmn");
        ProcessInstance atResolve = fixture.start("TS-CONSOLE-1");
        fixture.complete(atResolve, "Task_Receive");
        fixture.complete(atResolve, "Task_Check");
        ProcessDefinition v3 = fixture.deploy("migration-v3-task-renamed.bpmn");

        mvc.perform(get("/console/migrations").param("key", fixture.key()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(v3.getId())));

        mvc.perform(post("/console/migrations/dry-run").with(admin()).with(csrf())
                        .param("key", fixture.key()).param("targetDefinitionId", v3.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能迁移</span> (<span>1</span>)")))
                .andExpect(content().string(containsString("TS-CONSOLE-1")))
                .andExpect(content().string(containsString("no migration instruction")));

        String executed = mvc.perform(post("/console/migrations/execute").with(admin()).with(csrf())
                        .param("key", fixture.key()).param("targetDefinitionId", v3.getId())
                        .param("mappings", "Task_Resolve -> Task_Settle"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("迁移已开始")))
                .andReturn().getResponse().getContentAsString();
        Matcher link = BATCH_LINK.matcher(executed);
        assertThat(link.find()).as("batch link").isTrue();
        fixture.runBatch(link.group(1));

        mvc.perform(get("/console/migrations/batches/" + link.group(1)).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已完成")))
                .andExpect(content().string(containsString("(Asia/Shanghai)")));
        assertThat(runtime.getActiveActivityIds(atResolve.getId())).containsExactly("Task_Settle");
    }

    @Test
    void aMalformedMappingIsShownOnThePage() throws Exception {
        fixture.deploy("migration-v1.bpmn");

        mvc.perform(post("/console/migrations/dry-run").with(admin()).with(csrf())
                        .param("key", fixture.key()).param("mappings", "Task_Resolve Task_Settle"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("映射格式应为 源活动 -&gt; 目标活动：Task_Resolve Task_Settle")));
        mvc.perform(post("/console/migrations/dry-run").with(admin()).with(csrf()).header("Accept-Language", "en")
                        .param("key", fixture.key()).param("mappings", "Task_Resolve Task_Settle"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a mapping is written source -&gt; target: Task_Resolve Task_Settle")));
    }

    @Test
    void onlyAdministratorsSeeThePage() throws Exception {
        mvc.perform(get("/console/migrations").with(user("complaint-handler").authorities(() -> "complaint-handler")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/migrations")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    private static RequestPostProcessor admin() {
        return user("admin").authorities(() -> "admin");
    }
}
