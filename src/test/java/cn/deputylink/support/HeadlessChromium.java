package cn.deputylink.support;

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
 * Debian's chromium and chromium-driver, headless, for browser tests: Selenium is pointed at them,
 * so Selenium Manager never downloads anything. Downloads land in {@link #downloads()}; screenshots
 * and page sources of a run go to target/browser.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path EVIDENCE = Path.of("target/browser");

    private final Path profile;
    private final Path downloads;
    private final ChromeDriverService service;
    private final WebDriver driver;

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public HeadlessChromium(String language) throws IOException {
        profile = Files.createTempDirectory("browser-profile-");
        downloads = Files.createTempDirectory("browser-downloads-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", language));
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
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
        driver.quit();
        service.stop();
        for (Path dir : new Path[] {profile, downloads}) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
