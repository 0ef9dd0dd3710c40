package com.opsflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.support.BrowserTest;
import com.opsflow.support.Chromium;
import com.opsflow.support.EngineTest;

/** What an employee sees: the web apps in Chinese, though the browser asks for English. */
@BrowserTest
class WebappsInChineseBrowserTest extends EngineTest {

  Chromium chromium;
  WebDriver browser;

  @LocalServerPort
  int port;

  /** The browser as new for every test: no session, cookie, language choice or half-filled form carries over. */
  @BeforeEach
  void openChromium() {
    chromium = new Chromium(port);
    browser = chromium.driver();
  }

  @AfterEach
  void closeChromium() {
    if (chromium != null) {
      chromium.close();
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
    chromium.click(By.partialLinkText("发起流程"));
    chromium.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)='运营计划审批']"));
    WebElement year = chromium.waitFor(By.xpath("//div[contains(@class,'fjs-form-field-number')][.//label[starts-with(normalize-space(.), '计划年份')]]//input"));
    chromium.settle();
    year.sendKeys("1999");
    browser.findElement(By.cssSelector(".fjs-form-field-textfield input")).sendKeys("x", org.openqa.selenium.Keys.BACK_SPACE);
    browser.findElement(By.cssSelector(".fjs-form-field-textarea textarea")).click();
    waitForText("此项为必填项。");
    long thisYear = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return new Date().getFullYear();");
    assertThat(body()).contains("不能小于 " + thisYear + "。", "请选择").doesNotContain("Field is required", "Field must have");
    screenshot("form-validation-zh");
    // the start button stays disabled while the form is invalid: nothing reaches the server
    assertThat(browser.findElement(By.xpath("//button[normalize-space(.)='发起']")).isEnabled()).isFalse();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("operation-plan-approval").count())
        .isZero();
  }

  @Test
  void englishStaysAvailableOnRequest() throws IOException {
    logIn("/camunda/app/tasklist/", "wangfang");
    waitForText("我的待办");
    chromium.click(By.linkText("English"));
    waitForText("Start process");
    assertThat(body()).contains("Start process").doesNotContain("发起流程");
    screenshot("tasklist-en");

    chromium.click(By.linkText("中文"));
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
    chromium.logIn(path, user);
  }

  private void waitForText(String text) {
    chromium.waitForText(text);
  }

  private String body() {
    return chromium.body();
  }

  private void screenshot(String name) {
    chromium.screenshot(name);
  }
}
