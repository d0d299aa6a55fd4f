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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests (Selenium is pointed at it, so nothing is
 * downloaded). {@link #desktop()} and {@link #phone()} skip the test, saying so, where it is not
 * installed. Close it after the test.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path EVIDENCE = Path.of("target/browser");

    private final ChromeDriverService service;
    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A desktop-sized browser asking for this language. */
    public HeadlessChromium(String language) throws IOException {
        this("1400,1000", language);
    }

    /** A browser of this window size ("1400,1000") asking for this language ("zh-CN", "en-US"). */
    public HeadlessChromium(String windowSize, String language) throws IOException {
        profile = Files.createTempDirectory("browser-");
        downloads = Files.createTempDirectory("browser-downloads-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + windowSize, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language + "," + language.substring(0, 2),
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        driver = new ChromeDriver(service, options);
    }

    /** A desktop-sized browser asking for English (Tasklist must still be Chinese). */
    public static HeadlessChromium desktop() throws IOException {
        assumeTrue(installed(), "headless Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does)");
        return new HeadlessChromium("1400,1000", "en-US");
    }

    /** A phone-sized browser (390×844) asking for Chinese. */
    public static HeadlessChromium phone() throws IOException {
        assumeTrue(installed(), "headless Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does)");
        return new HeadlessChromium("390,844", "zh-CN");
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Where files the page downloads land. */
    public Path downloads() {
        return downloads;
    }

    /** A screenshot and the page source under target/browser, to look at when a test fails; never fails itself. */
    public void saveEvidence(String name) {
        try {
            Files.createDirectories(EVIDENCE);
            Files.write(EVIDENCE.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(EVIDENCE.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.out.println("[browser] could not save " + name + ": " + e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        service.stop();
        for (Path dir : new Path[] {profile, downloads}) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
