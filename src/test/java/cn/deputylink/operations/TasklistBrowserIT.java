package cn.deputylink.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.deputylink.support.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A department user works a task in headless Chromium (Debian's chromium and chromium-driver;
 * Selenium is pointed at them, so Selenium Manager never downloads anything). The browser asks
 * for English on purpose: Tasklist must still be Chinese.
 */
class TasklistBrowserIT extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path EVIDENCE = Path.of("target/browser");

    private WebDriver driver;
    private ChromeDriverService service;
    private Path profile;

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private WebDriver startBrowser() throws IOException {
        profile = Files.createTempDirectory("tasklist-browser-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en-US");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-US,en"));
        return new ChromeDriver(service, options);
    }

    private void saveEvidence(String name) {
        try {
            Files.createDirectories(EVIDENCE);
            Files.write(EVIDENCE.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(EVIDENCE.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.out.println("[browser] could not save " + name + ": " + e);
        }
    }

    private static By text(String text) {
        return By.xpath("//*[normalize-space(text())='" + text + "']");
    }

    @Test
    void aDepartmentUserCompletesATaskInAChineseTasklist() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does): "
                        + "Tasklist browser check skipped");
        repositoryService.createDeployment().name("ops-browser-probe")
                .addClasspathResource("operations/models/ops-browser-probe.bpmn")
                .addClasspathResource("operations/forms/ops-browser-handle.form")
                .deploy();
        String businessKey = unique("OPS-WEB-");
        String instanceId = runtimeService.startProcessInstanceByKey("ops-browser-probe", businessKey).getId();

        driver = startBrowser();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String base = rest.getRootUri();
        try {
            driver.get(base + "/camunda/app/tasklist/default/");
            WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("input[ng-model='username']")));
            assertThat(username.getAttribute("placeholder")).isEqualTo("用户名");
            username.sendKeys("jtj01");
            driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
            driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();

            // the shared filters, in Chinese
            WebElement department = wait.until(ExpectedConditions.elementToBeClickable(text("本部门/本站待办")));
            for (String filter : List.of("我的待办", "即将超期", "已超期")) {
                assertThat(driver.findElements(text(filter))).as(filter).isNotEmpty();
            }
            department.click();

            WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//a[normalize-space(text())='办理测试任务']")));
            saveEvidence("1-filter");
            task.click();

            // claim, then the Camunda Form renders in Chinese
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())='认领']"))).click();
            WebElement opinion = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//label[contains(normalize-space(.),'办理意见')]/following::textarea[1]")));
            assertThat(driver.findElements(By.xpath("//*[contains(text(),'请填写办理意见并选择办理结果')]"))).isNotEmpty();
            opinion.sendKeys("已现场核实并完成整改");
            driver.findElement(By.xpath("//label[normalize-space(.)='已办结']")).click();
            saveEvidence("2-form");
            WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[normalize-space(.)='完成']")));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", complete);
            complete.click();

            wait.withTimeout(Duration.ofSeconds(30)).until(d -> historyService.createHistoricProcessInstanceQuery()
                    .processInstanceId(instanceId).finished().count() == 1);
            saveEvidence("3-done");
        } catch (RuntimeException | AssertionError e) {
            saveEvidence("failure");
            throw e;
        }

        HistoricProcessInstance done = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).singleResult();
        assertThat(done.getEndActivityId()).isEqualTo("EndEvent_Done");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).list())
                .extracting(HistoricVariableInstance::getName, HistoricVariableInstance::getValue)
                .contains(org.assertj.core.groups.Tuple.tuple("opinion", "已现场核实并完成整改"),
                        org.assertj.core.groups.Tuple.tuple("result", "DONE"));
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instanceId).singleResult()
                .getAssignee()).isEqualTo("jtj01");
    }
}
