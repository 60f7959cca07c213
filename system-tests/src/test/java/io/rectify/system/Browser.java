package io.rectify.system;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real browser for the page tests: Debian's Chromium, headless, driven through its own
 * ChromeDriver (packages {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs
 * them). Nothing is downloaded: the binaries are named, so Selenium Manager never runs.
 * {@code CHROMIUM} and {@code CHROMEDRIVER} point elsewhere if they live elsewhere.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("rectify.root", ".."))
            .resolve("system-tests/target/screenshots");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A fresh browser (no cookies, no session) whose preferred language is {@code language}. */
    static Browser open(String language) {
        File chromium = executable("CHROMIUM", "/usr/bin/chromium");
        File chromedriver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,2000", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver);
    }

    private static File executable(String variable, String standard) {
        File file = new File(System.getenv().getOrDefault(variable, standard));
        if (!file.canExecute()) {
            throw new IllegalStateException(file + " is missing: install Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver), or set " + variable);
        }
        return file;
    }

    WebDriver driver() {
        return driver;
    }

    void go(String url) {
        driver.get(url);
    }

    /** Signs in on Keycloak's own login page, which the page just redirected to. */
    void logInOnKeycloak(String username, String password) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Waits until the page's script has drawn its charts; answers how many. */
    int awaitCharts() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.tagName("body"))
                .getDomAttribute("data-charts-drawn") != null);
        return Integer.parseInt(driver.findElement(By.tagName("body")).getDomAttribute("data-charts-drawn"));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The window's size, e.g. 375 wide for a phone. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /**
     * Runs axe-core (installed by the build from npm, see package.json) on the page and answers
     * the WCAG 2 A and AA rules it breaks, each with the number of elements that break it.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        try {
            Path axe = Path.of(System.getProperty("rectify.root", "..")).resolve("system-tests/node_modules/axe-core/axe.min.js");
            script(Files.readString(axe));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: run npm ci in system-tests (mvn verify does)", e);
        }
        return (List<String>) script("return axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}})"
                + ".then(result => result.violations.map(v => v.id + ' (' + v.nodes.length + '): ' + v.help))");
    }

    /** Keeps what the browser shows as {@code target/screenshots/<name>.png}, a test artefact. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
