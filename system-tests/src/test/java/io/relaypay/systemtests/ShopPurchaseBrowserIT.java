package io.relaypay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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
 * The demo purchase clicked through in headless Chromium as a person would: buy in the shop, type
 * the phone number on the checkout page, read the SMS on the simulator's phone page and reply to
 * it there, come back and see the order paid. The last page is kept as a screenshot in
 * {@code target/screenshots}.
 */
class ShopPurchaseBrowserIT {

    @RegisterExtension
    static final RunningSystem system = new RunningSystem();

    static final Pattern REPLY_CODE = Pattern.compile("reply (\\d{5})", Pattern.CASE_INSENSITIVE);
    static WebDriver browser;

    @BeforeAll
    static void browser() {
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--no-first-run",
                        "--window-size=414,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void buyerPaysForAnOrderWithAnSmsReply() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        String phone = "+4915112345671";

        browser.get(system.shop().toString());
        browser.findElement(By.cssSelector("form[action='/orders'] button")).click();
        wait.until(ExpectedConditions.urlContains("/checkout/"));
        String checkout = browser.getCurrentUrl();
        WebElement number = browser.findElement(By.id("phone_number"));
        number.clear();
        number.sendKeys(phone);
        browser.findElement(By.cssSelector("form[action$='/phone'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));

        browser.get(system.simulator().toString());
        String form = "form[action='/phones/%2B" + phone.substring(1) + "/messages']";
        WebElement section = wait.until(d -> d.findElement(By.cssSelector(form)).findElement(By.xpath("..")));
        String code = wait.until(d -> {
            Matcher m = REPLY_CODE.matcher(d.findElement(By.cssSelector(form))
                    .findElement(By.xpath(".."))
                    .getText());
            String found = null;
            while (m.find()) {
                found = m.group(1);
            }
            return found;
        });
        assertThat(section.getText()).contains("Relaypay");
        WebElement text = browser.findElement(By.cssSelector(form + " [name='text']"));
        text.sendKeys(code);
        browser.findElement(By.cssSelector(form + " button")).click();

        browser.get(checkout);
        wait.until(d -> d.getCurrentUrl().startsWith(system.shop().toString())
                || d.getPageSource().contains("Paid"));
        wait.until(ExpectedConditions.urlContains(system.shop().toString()));
        wait.until(d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector(".status")).getText().equals("Paid");
        });

        Path shots = ChildProcess.root().resolve("system-tests/target/screenshots");
        Files.createDirectories(shots);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, shots.resolve("shop-purchase-paid.png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Order");
    }
}
