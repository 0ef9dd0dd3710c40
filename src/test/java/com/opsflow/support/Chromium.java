package com.opsflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
 * Debian's Chromium through Debian's chromedriver (installed by .ci/run; nothing is downloaded), told
 * to prefer English, as a demo user would use it. Screenshots go to target/screenshots.
 */
public final class Chromium implements AutoCloseable {

  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver browser;
  private final int port;

  public Chromium(int port) {
    assertThat(new File("/usr/bin/chromium")).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", "--lang=en-US");
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    this.browser = new ChromeDriver(driver, options);
    this.port = port;
  }

  public WebDriver driver() {
    return browser;
  }

  public void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  /** Opens a web app and logs in with the demo password. */
  public void logIn(String path, String user) {
    open(path);
    WebElement name = new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    name.sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public void waitForText(String text) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> body().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-waiting-for-" + text.replaceAll("[^\\p{L}\\p{N}]+", "-"));
      throw new AssertionError("page never showed “" + text + "”; it shows: " + body(), e);
    }
  }

  public String body() {
    return browser.findElement(By.tagName("body")).getText();
  }

  public void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    browser.quit();
  }
}
