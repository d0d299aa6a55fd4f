package cn.deputylink.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromium-driver for browser tests (Selenium pointed at them, so Selenium
 * Manager never downloads anything), with a throw-away profile, and screenshots plus page source
 * saved under target/browser as evidence.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path EVIDENCE = Path.of("target/browser");

    private final ChromeDriverService service;
    private final Path profile;
    private final WebDriver driver;

    private HeadlessChromium(String... arguments) throws IOException {
        profile = Files.createTempDirectory("browser-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile);
        options.addArguments(arguments);
        driver = new ChromeDriver(service, options);
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static HeadlessChromium start(String... arguments) throws IOException {
        return new HeadlessChromium(arguments);
    }

    public WebDriver driver() {
        return driver;
    }

    /** A directory that goes away with the browser, e.g. for files to upload. */
    public Path scratch() {
        return profile;
    }

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
        try {
            driver.quit();
        } finally {
            service.stop();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
