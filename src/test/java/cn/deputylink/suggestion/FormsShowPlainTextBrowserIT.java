package cn.deputylink.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.support.HeadlessChromium;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Free text from users appears in Tasklist forms as text, never as markup: the payloads that once
 * rendered as a clickable phishing link and an {@code <img onerror>} in the office's 审核准入 form.
 */
class FormsShowPlainTextBrowserIT extends SuggestionITSupport {

    private static final String PHISHING = "<a href=\"http://evil.example/login\">会话已过期，点此重新登录</a>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Test
    void aSuggestionTitleWithMarkupIsShownAsTextInTheAdmissionForm() throws Exception {
        String key = submitAs("d016", "关于" + PHISHING + IMAGE + "的建议", List.of());
        openTask(key, SuggestionProcess.TASK_REVIEW_ADMISSION);
        try (HeadlessChromium browser = HeadlessChromium.desktop()) {
            WebDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(40));
            try {
                driver.get(rest.getRootUri() + "/camunda/app/tasklist/default/");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                        .sendKeys("office");
                driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
                driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
                wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[normalize-space(text())='本部门/本站待办']"))).click();
                String taskId = taskService.createTaskQuery().processInstanceBusinessKey(key).singleResult().getId();
                driver.get(rest.getRootUri() + "/camunda/app/tasklist/default/#/?task=" + taskId);
                WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//label[contains(normalize-space(.),'建议标题')]/following::input[1]")));
                browser.saveEvidence("plain-text-admission");
                assertThat(title.getAttribute("value")).contains("evil.example", "onerror");
                assertThat(driver.findElements(By.cssSelector("a[href*='evil.example']"))).isEmpty();
                assertThat(driver.findElements(By.cssSelector(".fjs-container img"))).isEmpty();
            } catch (RuntimeException | AssertionError e) {
                browser.saveEvidence("plain-text-failure");
                throw e;
            }
        }
    }
}
