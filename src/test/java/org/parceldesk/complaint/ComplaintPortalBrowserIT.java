package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/** A customer files a complaint in a real browser (Debian chromium, headless) and lands on its status page. */
@MariaDbTest
class ComplaintPortalBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ComplaintTestSupport support;

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
        // a customer in China: the portal answers in the browser's language (English when it asks for English)
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile.toFile());
    }

    @Test
    void aCustomerFilesAComplaintInThePortal() {
        NewComplaint complaint = ComplaintTestSupport.newComplaint(ComplaintChannel.WEB, "browser@example.com");
        browser.get("http://localhost:" + port + "/portal/complaints/new");

        browser.findElement(By.id("waybillNo")).sendKeys(complaint.waybillNo());
        new Select(browser.findElement(By.id("category"))).selectByValue(complaint.category());
        browser.findElement(By.id("customerName")).sendKeys("孙八");
        browser.findElement(By.id("customerPhone")).sendKeys("138 0000 1234");
        browser.findElement(By.id("customerEmail")).sendKeys("browser@example.com");
        browser.findElement(By.id("description")).sendKeys("短");
        browser.findElement(By.id("submit")).click();

        // the server refuses the short description and keeps what was typed
        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-description")));
        assertThat(error.getText()).contains("10");
        assertThat(browser.findElement(By.id("waybillNo")).getDomProperty("value")).isEqualTo(complaint.waybillNo());

        browser.findElement(By.id("description")).clear();
        browser.findElement(By.id("description")).sendKeys(complaint.description());
        browser.findElement(By.id("submit")).click();

        WebElement caseNo = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("case-no")));
        assertThat(caseNo.getText()).matches("TS\\d{14}");
        assertThat(browser.findElement(By.id("filed-notice")).getText()).contains(caseNo.getText());
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已受理");
        assertThat(browser.getPageSource()).doesNotContain("13800001234");

        ComplaintViews.Detail detail = support.detail(caseNo.getText());
        assertThat(detail.channel()).isEqualTo(ComplaintChannel.WEB);
        assertThat(detail.customer().phone()).isEqualTo("13800001234");
        assertThat(support.complaintsOn(complaint.waybillNo(), complaint.category())).isEqualTo(1);
    }
}
