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
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
@Disabled("not yet passing: the Investigate form's radio buttons do not appear within 90 s in headless chromium;"
        + " the API path is covered by TasklistApiIT (known gap, issue 18)")
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

    @BeforeEach
    void openBrowser() throws Exception {
        profile = Files.createTempDirectory("chrome-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
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

        try {
            WebElement concluded = wait(90).until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//input[@type='radio' and @value='CONCLUDED']")));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", concluded);
        } catch (RuntimeException e) {
            screenshot("tasklist-form-failed.png");
            Files.writeString(Path.of("target", "tasklist-form-failed.html"), browser.getPageSource());
            throw e;
        }
        WebElement finding = field("textarea", "调查结论");
        finding.sendKeys("短");
        // the form library's own validation speaks Chinese
        click(By.xpath(fieldXpath("select", "责任方") + "//div[contains(@class,'fjs-input-group')]"));
        click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.),'COURIER')]"));
        WebElement findingError = wait(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath(fieldXpath("textarea", "调查结论") + "//*[contains(@class,'fjs-form-field-error')]")));
        wait(10).until(d -> findingError.getText().contains("至少需要 5 个字"));
        screenshot("tasklist-validation.png");

        finding.sendKeys("快递员未按约定时间上门，且态度恶劣。");
        click(By.xpath(fieldXpath("checkbox", "快递员有过错") + "//input"));
        field("textfield", "过错快递员工号").sendKeys(SUSPENDED_COURIER);
        click(By.xpath("//button[contains(@ng-click,'complete()')]"));

        WebElement refusal = wait(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'notifications')]//*[contains(@class,'alert')][contains(.,'停职')]")));
        screenshot("tasklist-refusal.png");
        assertThat(refusal.getText()).contains("快递员不在职或已停职")
                .doesNotContain("ENGINE-").doesNotContain("TaskListener").doesNotContain("SUSPENDED");
        assertThat(taskService.createTaskQuery().taskId(investigate).count()).isEqualTo(1);

        // the handler leaves a comment for the team and finds it in the History tab
        click(By.cssSelector("a.createCommentLink"));
        WebElement comment = wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-form-message")));
        comment.sendKeys("快递员 C0009 已停职，请主管确认由谁补充调查");
        click(By.xpath("//div[contains(@class,'modal-footer')]//button[@type='submit']"));
        wait(20).until(ExpectedConditions.invisibilityOfElementLocated(By.id("comment-form-message")));
        browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + investigate + "&detailsTab=history");
        WebElement history = wait(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(normalize-space(.),'请主管确认由谁补充调查') and not(*[contains(normalize-space(.),'请主管确认由谁补充调查')])]")));
        assertThat(history.getText()).contains("C0009 已停职");
        wait(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'history')]//*[contains(normalize-space(.),'Claim') or contains(normalize-space(.),'claim')]")));
        screenshot("tasklist-history.png");
    }

    private void signIn(String user, String password) {
        browser.get(base() + "/camunda/app/tasklist/default/");
        try {
            wait(120).until(ExpectedConditions.visibilityOfElementLocated(USERNAME)).sendKeys(user);
        } catch (RuntimeException e) {
            try {
                screenshot("tasklist-login-failed.png");
                Files.writeString(Path.of("target", "tasklist-login-failed.html"), browser.getPageSource());
            } catch (Exception ignored) {
                // keep the original failure
            }
            throw e;
        }
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        browser.findElement(By.cssSelector(".form-signin button[type='submit']")).click();
        wait(60).until(ExpectedConditions.invisibilityOfElementLocated(USERNAME));
    }

    private static String fieldXpath(String type, String label) {
        return "//div[contains(@class,'fjs-form-field-" + type + "')][.//label[contains(normalize-space(.),'" + label + "')]]";
    }

    private WebElement field(String type, String label) {
        String control = "textarea".equals(type) ? "//textarea" : "//input";
        return wait(30).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(fieldXpath(type, label) + control)));
    }

    private void click(By by) {
        wait(30).until(ExpectedConditions.elementToBeClickable(by)).click();
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
