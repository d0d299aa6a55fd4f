package cn.deputylink.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.deputylink.support.HeadlessChromium;
import cn.deputylink.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium (Debian's chromium and chromium-driver): the page renders its
 * ECharts charts under the strict content security policy and an Excel export downloads; and the
 * Cockpit dashboard plugin loads in Cockpit for {@code supervisor}.
 */
class DashboardBrowserIT extends IntegrationTest {

    private HeadlessChromium browser;
    private WebDriver driver;

    @BeforeEach
    void startChromium() throws IOException {
        assumeTrue(HeadlessChromium.installed(), "headless Chromium is not installed (apt-get install chromium "
                + "chromium-driver): dashboard browser check skipped");
        browser = new HeadlessChromium("zh-CN");
        driver = browser.driver();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDashboardDrawsItsChartsAndDownloadsAnExcelTable() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        String base = rest.getRootUri();
        try {
            driver.get(base + "/dashboard");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("supervisor");
            driver.findElement(By.id("password")).sendKeys("demo");
            driver.findElement(By.cssSelector("form button[type='submit']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h1[normalize-space(.)='督办看板']")));
            // ECharts draws into a canvas inside each chart container; CSP errors would leave them empty
            wait.until(d -> d.findElements(By.cssSelector("[data-chart][data-rendered='true'] canvas")).size() >= 3);
            List<WebElement> rendered = driver.findElements(By.cssSelector("[data-chart][data-rendered='true']"));
            assertThat(rendered.size()).isGreaterThanOrEqualTo(3);
            Object logs = ((JavascriptExecutor) driver).executeScript(
                    "return typeof echarts !== 'undefined' && echarts.getInstanceByDom(document.querySelector('[data-chart]')) != null;");
            assertThat(logs).isEqualTo(true);
            WebElement figure = driver.findElement(By.cssSelector(".headline a.figure"));
            assertThat(figure.getAttribute("title")).contains("：");
            assertThat(figure.findElement(By.cssSelector(".sr-only")).getAttribute("textContent")).isNotBlank();
            browser.saveEvidence("dashboard-1-page");

            WebElement export = driver.findElement(By.cssSelector("a[data-export='opinion-station']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", export);
            export.click();
            Path file = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                try (var files = Files.list(browser.downloads())) {
                    return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
                } catch (IOException e) {
                    return null;
                }
            });
            byte[] bytes = Files.readAllBytes(file);
            assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            assertThat(DashboardIT.sheet(bytes).get(0)).contains("站点", "收到", "满意率（%）");
        } catch (RuntimeException | AssertionError e) {
            browser.saveEvidence("dashboard-failure");
            throw e;
        }
    }

    @Test
    void theCockpitPluginShowsTheHeadlineToASupervisor() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        String base = rest.getRootUri();
        try {
            driver.get(base + "/camunda/app/cockpit/default/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                    .sendKeys("supervisor");
            driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
            driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
            WebElement plugin = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("section.deputylink-dashboard")));
            WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("section.deputylink-dashboard a.deputylink-link")));
            assertThat(link.getAttribute("href")).endsWith("/dashboard");
            assertThat(plugin.getText()).contains("督办看板", "群众意见", "办结率", "当前超期案件");
            browser.saveEvidence("dashboard-2-cockpit");
        } catch (RuntimeException | AssertionError e) {
            browser.saveEvidence("cockpit-failure");
            throw e;
        }
    }
}
