package org.parceldesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parceldesk.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The dashboard in a real browser (Debian chromium, headless) on MariaDB: an administrator logs in,
 * every chart draws a canvas with the fixture's data, and a click on a bar opens its case list.
 * Leaves a screenshot at target/dashboard.png.
 */
@MariaDbTest
class DashboardBrowserIT {

    private static final List<String> CHARTS = List.of("chart-complaint-category", "chart-complaint-station",
            "chart-sla-trend", "chart-payout-loss", "chart-payout-party", "chart-violation-station",
            "chart-violation-courier", "chart-health");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private WebDriver browser;
    private Path profile;
    private ReportFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ReportFixture(jdbc);
        fixture.insert();
        profile = Files.createTempDirectory("chrome-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        // a browser in China: the chart labels follow Accept-Language
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 2000));
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile.toFile());
        fixture.delete();
    }

    @Test
    void theChartsRenderWithDataAndABarOpensItsCases() throws Exception {
        String dashboard = "http://localhost:" + port + "/console/dashboard?from=2030-03-01&to=2030-03-31&station="
                + ReportFixture.STATIONS;
        browser.get(dashboard);
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));

        JavascriptExecutor js = (JavascriptExecutor) browser;
        for (String chart : CHARTS) {
            assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
            Object points = js.executeScript("var c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                    + " return c.getOption().series[0].data.length;", chart);
            assertThat(((Number) points).intValue()).as(chart).isPositive();
        }
        // the category chart carries the fixture's numbers: DELAY (index 0) = 2
        Object delay = js.executeScript("return echarts.getInstanceByDom(document.getElementById('chart-complaint-category'))"
                + ".getOption().series[0].data[0];");
        assertThat(((Number) delay).intValue()).isEqualTo(2);
        Object xAxis = js.executeScript("return echarts.getInstanceByDom(document.getElementById('chart-complaint-category'))"
                + ".getOption().xAxis[0].data[0];");
        assertThat(xAxis).isEqualTo("延误");

        Path screenshot = Path.of("target", "dashboard.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
                StandardCopyOption.REPLACE_EXISTING);

        // click the DELAY bar: its centre in the chart's pixels, then relative to the element's centre
        WebElement chart = browser.findElement(By.id("chart-complaint-category"));
        js.executeScript("arguments[0].scrollIntoView({block: 'center'});", chart);
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) js.executeScript("var c = echarts.getInstanceByDom(arguments[0]);"
                + " return c.convertToPixel({seriesIndex: 0}, [0, 1]);", chart);
        int x = pixel.get(0).intValue() - chart.getSize().getWidth() / 2;
        int y = pixel.get(1).intValue() - chart.getSize().getHeight() / 2;
        new Actions(browser).moveToElement(chart, x, y).click().perform();
        wait.until(ExpectedConditions.urlContains("/console/dashboard/cases"));
        String cases = browser.findElement(By.id("cases")).getText();
        assertThat(cases).contains("TS20300304990001", "TS20300310990003").doesNotContain("TS20300305990002");
        assertThat(browser.getCurrentUrl()).contains("filter=category", "value=DELAY");
    }
}
