package org.parceldesk.workbench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven through chromedriver, headless, in Chinese. Without the browser the test
 * is skipped with a message saying what to install — unless {@code PARCELDESK_REQUIRE_BROWSER=true}
 * (set by .ci/run), which turns a missing browser into a failure.
 */
final class ChromiumBrowser {

    static final String REQUIRED = "PARCELDESK_REQUIRE_BROWSER";
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private ChromiumBrowser() {
    }

    /** Skips (or fails under CI) unless chromium, chromedriver and, where given, the built assets are there. */
    static void require(Path... builtAssets) {
        String missing = !CHROMIUM.canExecute() || !DRIVER.canExecute()
                ? "no browser: install Debian's chromium, chromium-driver and fonts-noto-cjk (apt-get install chromium chromium-driver fonts-noto-cjk)"
                : null;
        for (Path asset : builtAssets) {
            if (missing == null && !Files.exists(asset)) {
                missing = asset + " was not built: run npm ci before mvn (it bundles the diagram viewer and form-js)";
            }
        }
        if (missing != null && "true".equalsIgnoreCase(System.getenv(REQUIRED))) {
            throw new AssertionError(missing + " (" + REQUIRED + " is set)");
        }
        Assumptions.assumeTrue(missing == null, missing);
    }

    static WebDriver open(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.getPath());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(width, height));
        return browser;
    }
}
