package com.opsflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.support.EngineTest;

/**
 * What an employee sees: Debian's Chromium (installed by .ci/run; nothing is downloaded), told to
 * prefer English, logs in to the web apps as the demo users. Screenshots go to target/screenshots.
 */
class WebappsInChineseBrowserTest extends EngineTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  WebDriver browser;

  @LocalServerPort
  int port;

  /** A new browser for every test: no session, cookie, language choice or half-filled form carries over. */
  @BeforeEach
  void openChromium() {
    assertThat(new File("/usr/bin/chromium")).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", "--lang=en-US");
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    browser = new ChromeDriver(driver, options);
  }

  @AfterEach
  void closeChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anEmployeeSeesTasklistInChineseWithTheirFiltersAndNoVendorBanner() throws IOException {
    logIn("/camunda/app/tasklist/", "wangfang");
    waitForText("我的待办");

    String page = body();
    assertThat(page).contains("我的待办", "部门待办", "已逾期", "发起流程", "运营管理流程平台");
    assertThat(page).doesNotContain("Start process", "migrate to Camunda 8", "Keyboard Shortcuts");
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).allSatisfy(banner ->
        assertThat(banner.isDisplayed()).isFalse());
    screenshot("tasklist-zh");
  }

  @Test
  void theFormsOwnValidationMessagesAreChineseToo() throws IOException {
    logIn("/camunda/app/tasklist/", "wangfang");
    waitForText("发起流程");
    browser.findElement(By.partialLinkText("发起流程")).click();
    waitForText("运营计划审批");
    browser.findElement(By.partialLinkText("运营计划审批")).click();
    WebElement year = new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='periodYear'], #fjs-form-Field_PeriodYear, .fjs-form-field-number input")));
    year.sendKeys("1999");
    browser.findElement(By.cssSelector(".fjs-form-field-textfield input")).sendKeys("x", org.openqa.selenium.Keys.BACK_SPACE);
    browser.findElement(By.cssSelector(".fjs-form-field-textarea textarea")).click();
    waitForText("此项为必填项。");
    assertThat(body()).contains("不能小于 2000。", "请选择").doesNotContain("Field is required", "Field must have");
    screenshot("form-validation-zh");
  }

  @Test
  void englishStaysAvailableOnRequest() throws IOException {
    logIn("/camunda/app/tasklist/", "wangfang");
    waitForText("我的待办");
    browser.findElement(By.linkText("English")).click();
    waitForText("Start process");
    assertThat(body()).contains("Start process").doesNotContain("发起流程");
    screenshot("tasklist-en");

    browser.findElement(By.linkText("中文")).click();
    waitForText("发起流程");
  }

  @Test
  void managementReadsCockpitInChinese() throws IOException {
    logIn("/camunda/app/cockpit/", "yangjianguo");
    waitForText("流程定义");
    assertThat(body()).contains("流程监控", "流程定义").doesNotContain("Process Definitions", "migrate to Camunda 8");
    screenshot("cockpit-zh");
  }

  @Test
  void theAdministratorManagesTheOrganisationInChinese() throws IOException {
    logIn("/camunda/app/admin/", "admin");
    waitForText("用户组");
    assertThat(body()).contains("系统管理", "用户").doesNotContain("Authorizations", "migrate to Camunda 8");
    screenshot("admin-zh");
  }

  private void logIn(String path, String user) {
    browser.get(url(path));
    WebElement name = new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    name.sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
  }

  private void waitForText(String text) throws IOException {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> body().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-waiting-for-" + text);
      throw new AssertionError("page never showed “" + text + "”; it shows: " + body(), e);
    }
  }

  private String body() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
