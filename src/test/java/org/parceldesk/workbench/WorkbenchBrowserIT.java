package org.parceldesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parceldesk.claim.ClaimService;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The workbench in a real browser (Debian chromium, headless, Chinese) on MariaDB: a complaint handler
 * bulk-claims three tasks, opens a case, completes Contact customer in the in-place Camunda Form
 * (submitted through Tasklist's engine API) and sees the timeline move on; a complaint supervisor
 * reassigns a team member's task, which lands on the case's timeline. Screenshots:
 * target/workbench-*.png (current ones in docs/images/).
 */
@MariaDbTest
class WorkbenchBrowserIT {

    private static final String SECOND_HANDLER = "complaint-handler-wb2";

    @LocalServerPort
    int port;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ClaimService claims;
    @Autowired
    ShipmentRepository shipments;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    private WebDriver browser;
    private Path profile;
    private WorkbenchFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        ChromiumBrowser.require(Path.of("target/classes/static/vendor/form-js/form-viewer.umd.js"),
                Path.of("target/classes/static/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js"));
        fixture = new WorkbenchFixture(intake, claims, shipments, taskService);
        if (identity.createUserQuery().userId(SECOND_HANDLER).count() == 0) {
            User user = identity.newUser(SECOND_HANDLER);
            user.setPassword("demo-" + System.nanoTime());
            user.setFirstName("客服");
            user.setLastName("二号");
            identity.saveUser(user);
            identity.createMembership(SECOND_HANDLER, "complaint-handler");
        }
        profile = Files.createTempDirectory("chrome-profile");
        browser = ChromiumBrowser.open(profile, 1280, 1000);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    @Test
    void aHandlerClearsTasksByDueDateAndASupervisorRebalances() throws Exception {
        Instant now = Instant.now();
        List<String> cases = new ArrayList<>();
        String lastPhone = null;
        for (int i = 0; i < 3; i++) {
            lastPhone = WorkbenchFixture.phone();
            String caseNo = fixture.complaint("S001", now, lastPhone);
            // long overdue: first in the list whatever else the demo data holds
            Task task = fixture.openTask(caseNo);
            task.setDueDate(Date.from(now.minus(Duration.ofDays(400 - i))));
            taskService.saveTask(task);
            cases.add(caseNo);
        }

        signIn("complaint-handler");
        browser.get(base() + "/workbench?scope=group&task=Task_ContactCustomer&overdue=true");
        for (String caseNo : cases) {
            row(caseNo).findElement(By.name("taskId")).click();
        }
        // the live countdown runs in the browser: overdue rows are red
        assertThat(row(cases.get(0)).getAttribute("class")).contains("sla-breach");
        wait(60).until(ExpectedConditions.textToBePresentInElement(
                row(cases.get(0)).findElement(By.className("countdown")), "已超时"));
        screenshot("workbench-tasks.png");
        browser.findElement(By.id("bulk-claim")).click();

        List<WebElement> results = wait(90).until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("#bulk-results li")));
        assertThat(results).hasSize(3).allSatisfy(li -> assertThat(li.getText()).contains("已认领"));
        for (String caseNo : cases) {
            assertThat(fixture.openTask(caseNo).getAssignee()).isEqualTo("complaint-handler");
            assertThat(timeline(caseNo)).anyMatch(detail -> detail.contains("认领"));
        }

        // case search by the customer's full phone finds the case
        browser.get(base() + "/workbench/search?q=" + lastPhone);
        WebElement hit = wait(60).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-case='" + cases.get(2) + "']")));
        assertThat(hit.getText()).as("status in words, not its code").contains(lastPhone)
                .doesNotContainPattern("\\b[A-Z][A-Z_]{4,}\\b");
        screenshot("workbench-search.png");

        // the first case: work its task in place
        String caseNo = cases.get(0);
        String contactTask = fixture.openTask(caseNo).getId();
        browser.get(base() + "/workbench?scope=mine");
        row(caseNo).findElement(By.className("case-link")).click();
        // the claim is on the case's timeline
        wait(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "认领"));
        wait(120).until(ExpectedConditions.attributeToBe(By.cssSelector(".wb-form[data-task='" + contactTask + "']"),
                "data-loaded", "true"));
        WebElement diagram = wait(120).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#diagram[data-loaded='true']")));
        assertThat(diagram.getAttribute("data-active")).contains("Task_ContactCustomer");
        assertThat(browser.findElements(By.cssSelector("#diagram .djs-element.wb-current"))).isNotEmpty();
        click(By.xpath("//div[contains(@class,'fjs-form-field-select')]//div[contains(@class,'fjs-input-group')]"));
        click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.),'已联系上客户')]"));
        WebElement note = wait(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'fjs-form-field-textarea')]//textarea")));
        note.sendKeys("已电话联系客户，说明正在核查派送情况。");
        screenshot("workbench-case-form.png");
        click(By.cssSelector(".wb-submit[data-task='" + contactTask + "']"));

        try {
            WebElement contacted = wait(120).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#timeline li[data-kind='CONTACTED']")));
            assertThat(contacted.getText()).contains("已联系客户").contains("已电话联系客户");
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("workbench-submit-failed.png");
            throw new AssertionError("no CONTACTED on the timeline; the form says: " + browser.findElements(
                    By.cssSelector(".wb-form-error")).stream().map(WebElement::getText).toList(), e);
        }
        assertThat(history.createHistoricTaskInstanceQuery().taskId(contactTask).singleResult().getEndTime()).isNotNull();
        assertThat(history.createHistoricTaskInstanceQuery().taskId(contactTask).singleResult().getAssignee())
                .isEqualTo("complaint-handler");
        // the case moved on to Investigate, offered to the group: the page offers to claim it
        wait(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("work"), "认领并办理"));
        assertThat(browser.findElement(By.id("work")).getText()).contains("调查核实");
        scrollTo("timeline-card");
        screenshot("workbench-case-timeline.png");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("workbench-case.png");

        // on a tablet (768 px): the case page's panels stack, and no page scrolls sideways (wide tables scroll
        // inside their own box)
        browser.manage().window().setSize(new Dimension(768, 1024));
        browser.navigate().refresh();
        WebElement work = wait(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("work")));
        WebElement sla = browser.findElement(By.id("sla"));
        assertThat(sla.getLocation().getX()).as("stacked").isEqualTo(work.getLocation().getX());
        assertThat(sla.getLocation().getY()).as("stacked").isGreaterThan(work.getLocation().getY());
        assertThat(pageWidthOverflow()).as("case page scrolls sideways").isLessThanOrEqualTo(0L);
        browser.get(base() + "/workbench?scope=mine");
        row(cases.get(1));
        assertThat(pageWidthOverflow()).as("task list scrolls sideways").isLessThanOrEqualTo(0L);
        screenshot("workbench-tablet.png");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        // a supervisor moves a team member's task to a colleague
        String teamCase = cases.get(1);
        String teamTask = fixture.openTask(teamCase).getId();
        browser.manage().deleteAllCookies();
        signIn("complaint-supervisor");
        browser.get(base() + "/workbench?scope=team&task=Task_ContactCustomer&overdue=true");
        // the rows still show the team member who holds the task
        assertThat(row(teamCase).getText()).contains("complaint-handler");
        row(teamCase).findElement(By.name("taskId")).click();
        browser.findElement(By.id("assignee")).sendKeys(SECOND_HANDLER);
        screenshot("workbench-team.png");
        browser.findElement(By.id("bulk-reassign")).click();
        WebElement result = wait(90).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bulk-results li")));
        assertThat(result.getText()).contains("已转派给 " + SECOND_HANDLER);
        assertThat(taskService.createTaskQuery().taskId(teamTask).singleResult().getAssignee()).isEqualTo(SECOND_HANDLER);
        assertThat(timeline(teamCase)).anyMatch(detail -> detail.contains("指派给 " + SECOND_HANDLER));
        // and the supervisor sees it on the case page's timeline
        row(teamCase).findElement(By.className("case-link")).click();
        wait(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "指派给 " + SECOND_HANDLER));
        assertThat(browser.findElement(By.id("work")).getText()).contains(SECOND_HANDLER)
                .as("a colleague's task is not offered to claim").doesNotContain("认领并办理");
        scrollTo("timeline-card");
        screenshot("workbench-case-reassigned.png");
    }

    private List<String> timeline(String caseNo) {
        return jdbc.queryForList("select e.detail from complaint_event e join complaint c on c.id = e.complaint_id"
                + " where c.case_no = ? and e.event_type = 'TASK_ACCESS_CHANGED' order by e.id", String.class, caseNo);
    }

    private void signIn(String user) {
        browser.get(base() + "/login");
        wait(60).until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait(60).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private WebElement row(String caseNo) {
        return wait(60).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#tasks tr[data-case='" + caseNo + "']")));
    }

    private void click(By by) {
        wait(60).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** How many pixels the page is wider than the window (0 or less: no sideways scrolling). */
    private long pageWidthOverflow() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
