package cn.deputylink.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests (Selenium is pointed at it, so nothing is
 * downloaded); skips the test, saying so, where it is not installed. Close it after the test.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path EVIDENCE = Path.of("target/browser");

    private final ChromeDriverService service;
    private final Path profile;
    private final WebDriver driver;

    private HeadlessChromium(int width, int height) throws IOException {
        profile = Files.createTempDirectory("browser-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        driver = new ChromeDriver(service, options);
    }

    /** A desktop-sized browser (Tasklist); the test is skipped where Chromium is missing. */
    public static HeadlessChromium desktop() throws IOException {
        return open(1400, 1000);
    }

    /** A phone-sized browser (390×844). */
    public static HeadlessChromium phone() throws IOException {
        return open(390, 844);
    }

    private static HeadlessChromium open(int width, int height) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does)");
        return new HeadlessChromium(width, height);
    }

    public WebDriver driver() {
        return driver;
    }

    /** A screenshot and the page source under target/browser, to look at when a test fails. */
    public void saveEvidence(String name) {
        try {
            Files.createDirectories(EVIDENCE);
            Files.write(EVIDENCE.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(EVIDENCE.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.out.println("[browser] could not save " + name + ": " + e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        service.stop();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
