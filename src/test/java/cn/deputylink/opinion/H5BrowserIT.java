package cn.deputylink.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.deputylink.h5.PublicLinks;
import cn.deputylink.support.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 码上找代表 end to end in headless Chromium at a phone's size (390×844): the citizen scans a
 * deputy's code, makes a typing mistake, submits with a photo and gets the code and private link;
 * station staff triage in Tasklist; the department replies; the citizen opens the private link,
 * rates, and the case closes.
 */
class H5BrowserIT extends OpinionItSupport {

    @Autowired
    PublicLinks links;

    private HeadlessChromium browser;
    private WebDriver driver;
    private Path photo;

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (photo != null) {
            Files.deleteIfExists(photo);
        }
    }

    private void saveEvidence(String name) {
        browser.saveEvidence("h5-" + name);
    }

    /** A phone's screen (390×844, as a 5-year-old Android phone), or back to a desktop for Tasklist. */
    private void phoneScreen(boolean phone) {
        ChromeDriver chrome = (ChromeDriver) driver;
        if (phone) {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 390,
                    "height", 844, "deviceScaleFactor", 2, "mobile", true));
        } else {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", element);
        element.click();
    }

    @Test
    void scanSubmitWithAPhotoTriageReplyRateAndClose() throws IOException {
        assumeTrue(HeadlessChromium.installed(),
                "headless Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does): "
                        + "phone page browser check skipped");
        String token = jdbc.queryForObject("SELECT d.public_token FROM deputy d JOIN deputy_station ds "
                + "ON ds.deputy_id = d.id JOIN liaison_station s ON s.id = ds.station_id WHERE s.code = 'ty-xl' "
                + "AND d.active = TRUE ORDER BY d.code LIMIT 1", String.class);
        photo = Files.createTempFile("pothole-", ".jpg");
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(100, 100, 200, 120);
        ImageIO.write(image, "jpeg", photo.toFile());

        browser = new HeadlessChromium("1400,1000", "zh-CN");
        driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String base = rest.getRootUri();
        String code;
        try {
            // scan: the deputy's card with the form
            phoneScreen(true);
            driver.get(base + "/h5/deputies/" + token);
            WebElement content = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).endsWith("代表");
            assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).intValue())
                    .isEqualTo(390);
            assertThat(((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth")).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(390);
            String text = "杏林村村口到小学的路上有个大坑，下雨积水，孩子上学要绕行，请尽快修补。";
            content.sendKeys(text);
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("category"))).selectByValue("TRAFFIC");
            driver.findElement(By.id("phone")).sendKeys("1390011");
            driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
            saveEvidence("1-card");
            click(driver.findElement(By.id("submit-opinion")));

            // a typing mistake: the Chinese message next to the field, what was typed still there
            WebElement phoneError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone-error")));
            assertThat(phoneError.getText()).contains("电话号码格式不正确");
            assertThat(driver.findElement(By.id("content")).getAttribute("value")).isEqualTo(text);
            assertThat(driver.findElement(By.id("phone")).getAttribute("aria-describedby")).isEqualTo("phone-error");
            saveEvidence("2-error");
            WebElement phone = driver.findElement(By.id("phone"));
            phone.clear();
            phone.sendKeys("13900118899");
            click(driver.findElement(By.id("consent")));
            driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
            click(driver.findElement(By.id("submit-opinion")));

            // the result page: code, 查询码 and private link, shown once
            code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText();
            String access = driver.findElement(By.id("access-code")).getText();
            String link = driver.findElement(By.id("private-link")).getAttribute("href");
            assertThat(access).matches("\\d{6}");
            assertThat(link).startsWith(links.base() + "/h5/o/" + code + "?k=");
            assertThat(driver.getPageSource()).contains("截图保存");
            saveEvidence("3-result");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opinion_photo p JOIN opinion o ON o.id = p.opinion_id "
                    + "WHERE o.tracking_code = ?", Integer.class, code)).isEqualTo(1);

            // station staff triage in Tasklist with their own webapp session
            String station = jdbc.queryForObject("SELECT triage_station_code FROM opinion WHERE tracking_code = ?",
                    String.class, code);
            Task triage = taskService.createTaskQuery().processInstanceBusinessKey(code)
                    .taskDefinitionKey(OpinionProcess.TRIAGE).singleResult();
            phoneScreen(false);
            driver.get(base + "/camunda/app/tasklist/default/");
            WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("input[ng-model='username']")));
            username.sendKeys("staff-" + station);
            driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
            driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())='我的待办']")));
            driver.get(base + "/camunda/app/tasklist/default/#/?task=" + triage.getId());
            click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())='认领']"))));
            WebElement local = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//label[contains(normalize-space(.),'本级交办')]")));
            // Tasklist scrolls the form inside its own pane: click the radio through the DOM
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", local);
            WebElement department = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//label[contains(normalize-space(.),'承办单位编码')]/following::input[1]")));
            if (department.getAttribute("value").isBlank()) {
                department.sendKeys("jtj");
            }
            saveEvidence("4-triage");
            WebElement done = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='完成']")));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", done);
            done.click();
            wait.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(code)
                    .taskDefinitionKey(OpinionProcess.HANDLE).count() == 1);

            // the department replies; the reply is published to the citizen
            complete("jtj01", code, OpinionProcess.HANDLE, "reassign", false, "reply", "已安排养护队本周内修补并加设排水。");
            executeDueJobs();

            // the citizen opens the private link on the phone and rates
            phoneScreen(true);
            driver.get(base + link.substring(links.base().length()));
            WebElement reply = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reply")));
            assertThat(reply.getText()).contains("已安排养护队本周内修补");
            assertThat(driver.getPageSource()).doesNotContain("/photos/", "13900118899");
            click(driver.findElement(By.id("rating-SATISFIED")));
            saveEvidence("5-rate");
            click(driver.findElement(By.id("submit-rating")));
            WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
            assertThat(notice.getText()).contains("感谢您的评价");
            assertThat(driver.findElements(By.id("submit-rating"))).as("no second rating offered").isEmpty();
            executeDueJobs();
            driver.navigate().refresh();
            saveEvidence("6-closed");
        } catch (RuntimeException | AssertionError e) {
            saveEvidence("failure");
            throw e;
        }
        assertThat(jdbc.queryForObject("SELECT status FROM opinion WHERE tracking_code = ?", String.class, code))
                .isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("SELECT last_rating FROM opinion WHERE tracking_code = ?", String.class, code))
                .isEqualTo("SATISFIED");
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(OpinionProcess.TRIAGE).singleResult().getAssignee()).startsWith("staff-");
    }
}
