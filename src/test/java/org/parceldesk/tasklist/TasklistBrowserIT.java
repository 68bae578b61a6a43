package org.parceldesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.complaint.NewComplaint;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * Camunda Tasklist in a real browser (Debian chromium, headless, Chinese locale) as a complaint
 * handler: a refused completion reads as the Chinese reason without engine codes, form validation
 * speaks Chinese, and a comment shows up in the task's History tab. Screenshots: target/tasklist-*.png.
 */
@MariaDbTest
class TasklistBrowserIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Demo courier C0009 is suspended (DemoData). */
    private static final String SUSPENDED_COURIER = "C0009";
    private static final By USERNAME = By.cssSelector(".form-signin input[ng-model='username']");

    @LocalServerPort
    int port;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ShipmentRepository shipments;
    @Autowired
    TaskService taskService;

    private WebDriver browser;
    private Path profile;
    private final StringBuilder console = new StringBuilder();

    /** Whatever fails, the page as the browser shows it: screenshot, DOM and console in target/. */
    @RegisterExtension
    final TestExecutionExceptionHandler keepThePageOnFailure = (context, failure) -> {
        try {
            if (browser != null) {
                screenshot("tasklist-failed.png");
                Files.writeString(Path.of("target", "tasklist-failed.html"), browser.getPageSource());
                consoleSays("");
                Files.writeString(Path.of("target", "tasklist-failed-console.log"), browser.getCurrentUrl() + "\n" + console);
            }
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
        throw failure;
    };

    @BeforeEach
    void openBrowser() throws Exception {
        profile = Files.createTempDirectory("chrome-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 1100));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile.toFile());
    }

    @Test
    void aHandlerReadsTheRefusalInChineseAndLeavesACommentInTheHistory() throws Exception {
        String caseNo = fileComplaint();
        String contact = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey("Task_ContactCustomer").singleResult().getId();
        taskService.complete(contact, Map.of("contactResult", "REACHED", "contactNote", "已联系客户，客户说明了情况"));
        String investigate = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey("Task_Investigate").singleResult().getId();
        taskService.claim(investigate, "complaint-handler");

        signIn("complaint-handler", "demo");
        browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + investigate + "&detailsTab=task-detail-form");

        // form-js 1.8.7 (Tasklist 7.24) renders a radio option as <label class="fjs-form-field-label">
        // <input class="fjs-input" type="radio"> 已查明，给出结论</label>: the input has no value attribute,
        // the option is found by its label
        click(By.xpath(fieldXpath("radio", "调查结论类型") + "//label[contains(normalize-space(.),'已查明，给出结论')]"));
        WebElement finding = field("textarea", "调查结论");
        finding.sendKeys("短");
        // the form library's own validation speaks Chinese
        click(By.xpath(fieldXpath("select", "责任方") + "//div[contains(@class,'fjs-input-group')]"));
        click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.),'COURIER')]"));
        By findingError = By.xpath(fieldXpath("textarea", "调查结论") + "//*[contains(@class,'fjs-form-field-error')]");
        wait(20).until(d -> d.findElement(findingError).getText().contains("至少需要 5 个字"));
        screenshot("tasklist-validation.png");
        // only in Chinese, also after the form renders again: the library's English sentence does not come back
        finding.sendKeys("短");
        wait(20).until(d -> d.findElement(findingError).getText().contains("至少需要 5 个字"));
        assertThat(browser.findElement(findingError).getText()).doesNotContain("Field must");

        finding.sendKeys("快递员未按约定时间上门，且态度恶劣。");
        click(By.xpath(fieldXpath("checkbox", "快递员有过错") + "//input"));
        field("textfield", "过错快递员工号").sendKeys(SUSPENDED_COURIER);
        click(By.xpath("//button[contains(@ng-click,'complete()')]"));

        WebElement refusal = wait(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'notifications')]//*[contains(@class,'alert')][contains(.,'停职')]")));
        screenshot("tasklist-refusal.png");
        assertThat(refusal.getText()).contains("快递员 " + SUSPENDED_COURIER + " 不在职或已停职")
                .doesNotContain("ENGINE-").doesNotContain("TaskListener").doesNotContain("SUSPENDED");
        assertThat(taskService.createTaskQuery().taskId(investigate).count()).isEqualTo(1);

        // the handler leaves a comment for the team and finds it in the History tab
        click(By.cssSelector("a.createCommentLink"));
        WebElement comment = wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-form-message")));
        comment.sendKeys("快递员 C0009 已停职，请主管确认由谁补充调查");
        click(By.xpath("//div[contains(@class,'modal-footer')]//button[@type='submit']"));
        wait(20).until(ExpectedConditions.invisibilityOfElementLocated(By.id("comment-form-message")));
        browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + investigate + "&detailsTab=task-detail-history");
        // Tasklist's History tab: one .instant per event, a comment's text in its body, the user beside it
        WebElement history = wait(60).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'history-pane')]//div[contains(@class,'instant')]"
                        + "[.//*[contains(normalize-space(.),'请主管确认由谁补充调查')]]")));
        // the comment's text and the user who wrote it (the test's claim went through the Java API without a
        // signed-in user, so it is not in the user operation log the History tab shows)
        assertThat(history.getText()).contains("C0009 已停职", "complaint-handler");
        screenshot("tasklist-history.png");
    }

    private void signIn(String user, String password) throws Exception {
        warmUp();
        for (int attempt = 1; ; attempt++) {
            browser.get(base() + "/camunda/app/tasklist/default/");
            // either the login form, or RequireJS giving up on a script: Tasklist loads its plugin scripts
            // with RequireJS's default 7 s timeout, too short for a build machine under load; the app then
            // stays on its spinner for good. The browser has cached what it loaded: try again.
            String outcome = wait(180).until(d -> d.findElements(USERNAME).stream().anyMatch(WebElement::isDisplayed)
                    ? "login" : (consoleSays("Load timeout for modules") ? "script timeout" : null));
            if ("login".equals(outcome)) {
                break;
            }
            console.setLength(0);
            if (attempt == 3) {
                throw new IllegalStateException("Tasklist did not load its scripts in three attempts");
            }
        }
        browser.findElement(USERNAME).sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        browser.findElement(By.cssSelector(".form-signin button[type='submit']")).click();
        wait(60).until(ExpectedConditions.invisibilityOfElementLocated(USERNAME));
    }

    /**
     * Asks the server once for what Tasklist loads first (its page, scripts, plugin and engine list), so
     * that the webapp's JAX-RS applications are initialised before the browser's first, timed, request.
     */
    private void warmUp() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String path : java.util.List.of("/camunda/app/tasklist/default/", "/camunda/lib/deps.js?bust=7.24.0",
                "/camunda/app/tasklist/camunda-tasklist-bootstrap.js?bust=7.24.0",
                "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js?bust=7.24.0",
                "/camunda/api/engine/engine/")) {
            http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + path))
                    .timeout(Duration.ofMinutes(3)).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        }
    }

    /** Reads the browser's console into {@link #console} (reading empties the driver's buffer). */
    private boolean consoleSays(String text) {
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            console.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n');
        }
        return console.indexOf(text) >= 0;
    }

    private static String fieldXpath(String type, String label) {
        return "//div[contains(@class,'fjs-form-field-" + type + "')][.//label[contains(normalize-space(.),'" + label + "')]]";
    }

    private WebElement field(String type, String label) {
        String control = "textarea".equals(type) ? "//textarea" : "//input";
        return wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(fieldXpath(type, label) + control)));
    }

    /**
     * Waits until the element can be clicked, brings it to the middle of the window (Tasklist's fixed
     * footer covers the bottom of a long form), then clicks it.
     */
    private void click(By by) {
        WebElement element = wait(60).until(ExpectedConditions.elementToBeClickable(by));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
        wait(10).until(ExpectedConditions.elementToBeClickable(element)).click();
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

    /** A complaint about a fresh shipment of station S001, whose handler group is complaint-handler. */
    private String fileComplaint() {
        int n = SEQUENCE.incrementAndGet();
        ShipmentSnapshot demo = shipments.findById("PD2026000002").orElseThrow().toSnapshot();
        String waybill = String.format("TB%d%04d", System.currentTimeMillis(), n);
        shipments.save(new Shipment(new ShipmentSnapshot(waybill, demo.serviceType(), demo.shippedAt(), demo.promisedAt(),
                demo.deliveredAt(), demo.pickupCourierNo(), demo.deliveryCourierNo(), demo.originStationCode(), "S001",
                demo.postage(), demo.insured(), demo.declaredValue(), demo.insuranceFee(), demo.status())));
        NewComplaint complaint = new NewComplaint(waybill, "PHONE", "ATTITUDE", "李小华", String.valueOf(13730000000L + n),
                null, "快递员上门态度恶劣，与我发生争执，要求处理。");
        return intake.file(complaint, null, "complaint-handler").receipt().caseNo();
    }
}
