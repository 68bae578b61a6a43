package org.parceldesk.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parceldesk.testing.EngineClock;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * 业务日历 in a real browser (Debian chromium, headless) on MariaDB, the same setup as the dashboard's
 * browser test: an administrator enters a year from a list of dates and sees it in the list; with the
 * application's clock moved to 1 November (Asia/Shanghai) the page warns that next year is missing.
 * Screenshots: target/calendar-*.png. The years are far ahead so that no other test's year is touched.
 */
@MariaDbTest
class CalendarConsoleBrowserIT {

    /** 31 October 2047, 12:00 in Shanghai: the current year must be entered, next year not yet. */
    private static final Instant LAST_DAY_OF_OCTOBER = Instant.parse("2047-10-31T04:00:00Z");
    /** 1 November 2047, 00:00 in Shanghai (still 31 October in UTC): next year's warning starts. */
    private static final Instant FIRST_OF_NOVEMBER = Instant.parse("2047-10-31T16:00:00Z");
    private static final String DAYS_OFF = String.join("\n", "2047-01-01 元旦 New Year's Day", "2047-01-02", "2047-01-03",
            "2047-02-02 春节 Spring Festival", "2047-02-03", "2047-02-04", "2047-02-05", "2047-02-06", "2047-02-07",
            "2047-02-08", "2047-10-01 国庆节 National Day", "2047-10-02", "2047-10-03", "2047-10-04", "2047-10-05",
            "2047-10-06", "2047-10-07");
    /** Both Saturdays. */
    private static final String MAKE_UP_WORKDAYS = String.join("\n", "2047-02-09 春节调休", "2047-09-28 国庆调休");

    @LocalServerPort
    int port;

    private WebDriver browser;
    private Path profile;

    @RegisterExtension
    final TestExecutionExceptionHandler keepThePageOnFailure = (context, failure) -> {
        try {
            if (browser != null) {
                screenshot("calendar-failed.png");
                Files.writeString(Path.of("target", "calendar-failed.html"), browser.getPageSource());
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
        // a Chinese-speaking admin: the console answers in the browser's language (English when it asks for English)
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 1800));
    }

    @AfterEach
    void closeBrowser() {
        EngineClock.reset();
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile.toFile());
    }

    @Test
    void anAdminEntersAYearFromAListOfDatesAndIsWarnedFromTheFirstOfNovember() throws Exception {
        EngineClock.setNow(LAST_DAY_OF_OCTOBER);
        browser.get(base() + "/console/calendar");
        wait(60).until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        // the current year is missing: warned at once
        WebElement warning = wait(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-warning")));
        assertThat(warning.getText()).contains("2047").doesNotContain("2048");

        browser.findElement(By.id("year")).sendKeys("2047");
        browser.findElement(By.id("daysOff")).sendKeys(DAYS_OFF);
        browser.findElement(By.id("makeUpWorkdays")).sendKeys(MAKE_UP_WORKDAYS);
        browser.findElement(By.id("complete")).click();
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        WebElement saved = wait(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-saved")));
        assertThat(saved.getText()).contains("2047", "CREATED");
        assertThat(browser.findElements(By.id("calendar-warning"))).as("nothing missing on 31 October").isEmpty();
        WebElement row = browser.findElement(By.xpath("//table//tr[td[1][normalize-space(.)='2047']]"));
        assertThat(row.getText()).contains("17", "2", "CONSOLE", "admin");
        screenshot("calendar-saved.png");

        // 1 November in Shanghai: next year's holidays should be entered by now
        EngineClock.setNow(FIRST_OF_NOVEMBER);
        browser.get(base() + "/console/calendar?year=2047");
        WebElement november = wait(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-warning")));
        assertThat(november.getText()).contains("节假日安排缺少", "2048").doesNotContain("2047");
        // the year entered shows its dates for editing
        assertThat(browser.findElement(By.id("daysOff")).getAttribute("value")).contains("2047-02-02", "2047-10-07");
        assertThat(browser.findElement(By.id("makeUpWorkdays")).getAttribute("value")).contains("2047-02-09", "2047-09-28");
        screenshot("calendar-november.png");
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
