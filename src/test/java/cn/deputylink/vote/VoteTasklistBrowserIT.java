package cn.deputylink.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.deputylink.vote.workflow.LivelihoodVoteProcess;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
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
 * The vote's forms in the real Tasklist (headless Chromium): gov-office's screening form with one
 * row per proposal, a deputy reading the candidate list, and the secretariat ticking the roll in
 * the attendance checklist, which opens the ballot. Screenshots go to target/browser-vote.
 */
class VoteTasklistBrowserIT extends VoteITSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path EVIDENCE = Path.of("target/browser-vote");

    private WebDriver driver;
    private ChromeDriverService service;
    private Path profile;
    private WebDriverWait wait;

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

    @Test
    void screeningReadingAndAttendanceAreWorkedInTasklist() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium is not installed: Tasklist browser check skipped");
        clock(at(2026, 3, 2, 9));
        String vote = launch(congress(codes(1, 6)), 2026, 1, at(2026, 3, 23, 0), at(2026, 4, 20, 9));
        proposePublic(vote, "浏览器测试桥梁", "甲村", 10, null, null);
        proposePublic(vote, "浏览器测试道路", "乙村", 20, null, null);
        closeCollection(vote);
        startBrowser();
        try {
            // gov-office screens one proposal in its own form, the other on the API, then extends the collection
            Task first = taskService.createTaskQuery().processInstanceBusinessKey(vote)
                    .taskDefinitionKey(LivelihoodVoteProcess.TASK_SCREEN_PROPOSAL).orderByTaskId().asc().list().get(0);
            openTask("gov", first, true);
            wait.until(d -> fieldShows("浏览器测试"));
            choose("初定意见", "列为候选项目");
            choose("必要性", "符合");
            evidence("1-screen-proposal");
            complete();
            wait.until(d -> taskService.createTaskQuery().taskId(first.getId()).count() == 0);
            for (var p : get("gov", "/api/votes/" + vote + "/proposals").getBody().path("items")) {
                if ("PENDING".equals(p.path("decision").asText())) {
                    screen(vote, p.path("id").asLong(), "CANDIDATE", null, null);
                }
            }
            openTask("gov", taskOf(vote, LivelihoodVoteProcess.TASK_SUBMIT_LIST), true);
            wait.until(d -> fieldShows("列为候选项目 2 条"));
            click(By.xpath("//label[normalize-space(.)='建议不足，延长征集期']"));
            evidence("2-submit-list");
            complete();
            wait.until(d -> "COLLECTING".equals(status(vote)));
            assertThat(get("gov", "/api/votes/" + vote + "/proposals").getBody().path("items")
                    .findValuesAsText("necessity")).contains("MET");

            proposalsToCandidates(vote);
            approve(vote);

            // a deputy reads the list
            Task reading = taskService.createTaskQuery().processInstanceBusinessKey(vote).taskAssignee("d003")
                    .singleResult();
            openTask("d003", reading, false);
            wait.until(d -> fieldShows("浏览器测试桥梁"));
            assertThat(fieldShows("浏览器测试道路")).isTrue();
            click(By.xpath("//label[starts-with(normalize-space(.),'已阅知候选项目清单')]"));
            evidence("3-reading");
            complete();
            wait.until(d -> taskService.createTaskQuery().taskId(reading.getId()).count() == 0);

            // the secretariat ticks the roll; the ballot opens
            openSession(vote);
            openTask("office", taskOf(vote, LivelihoodVoteProcess.TASK_ATTENDANCE), true);
            for (int i = 1; i <= 5; i++) {
                click(By.xpath("//label[starts-with(normalize-space(.),'D00" + i + " ')]"));
            }
            assertThat(driver.findElements(By.xpath("//label[normalize-space(.)='D001 张**']"))).isNotEmpty();
            evidence("4-attendance");
            complete();
            wait.until(d -> "BALLOT_OPEN".equals(status(vote)));
        } catch (RuntimeException | AssertionError e) {
            evidence("failure");
            throw e;
        }
        assertThat(get("d001", "/api/votes/" + vote + "/ballot").getBody().path("presentDeputies").asInt()).isEqualTo(5);
        assertThat(get("d006", "/api/votes/" + vote + "/ballot").getBody().path("present").asBoolean()).isFalse();
    }

    private void proposalsToCandidates(String vote) {
        proposePublic(vote, "浏览器测试水井", "丙村", 30, null, null);
        closeCollection(vote);
        for (var p : get("gov", "/api/votes/" + vote + "/proposals").getBody().path("items")) {
            screen(vote, p.path("id").asLong(), "CANDIDATE", null, null);
        }
        assertThat(post("gov", "/api/votes/" + vote + "/screening", Map.of("outcome", "CANDIDATES_READY"))
                .getStatusCode().is2xxSuccessful()).isTrue();
    }

    private void startBrowser() throws IOException {
        profile = Files.createTempDirectory("vote-browser-");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1400,1400");
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Signs in as the user and opens the task by its link; claims it when it is a group task. */
    private void openTask(String user, Task task, boolean claim) {
        assertThat(task).isNotNull();
        String base = rest.getRootUri() + "/camunda/app/tasklist/default/";
        driver.manage().deleteAllCookies();
        driver.get(base);
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")));
        username.sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasks], .tasks-list, .task-card")));
        driver.get(base + "#/?task=" + task.getId());
        if (claim) {
            click(By.xpath("//*[normalize-space(text())='认领']"));
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    }

    /** Picks an option of a form-js select (a drop-down list, not a native select). */
    private void choose(String label, String option) {
        click(By.xpath("//div[contains(@class,'fjs-form-field-select') and .//label[contains(normalize-space(.),'"
                + label + "')]]//div[contains(@class,'fjs-input-group')]"));
        click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + option + "']"));
    }

    /** Whether an input or textarea of the form shows the text (values are DOM properties, not attributes). */
    private boolean fieldShows(String text) {
        Object found = ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.fjs-form input, .fjs-form textarea'))"
                        + ".some(e => (e.value || '').indexOf(arguments[0]) >= 0);", text);
        return Boolean.TRUE.equals(found);
    }

    /** Clicks like a person; the long screening form can put a sticky element over the target, then clicks in script. */
    private void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        }
    }

    private void complete() {
        click(By.xpath("//button[normalize-space(.)='完成']"));
    }

    private void evidence(String name) {
        try {
            Files.createDirectories(EVIDENCE);
            Files.write(EVIDENCE.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(EVIDENCE.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.out.println("[browser] could not save " + name + ": " + e);
        }
    }
}
