package com.opsflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium through Debian's chromedriver (installed by .ci/run; nothing is downloaded), told to
 * prefer English, as a demo user would use it. Screenshots go to target/screenshots.
 *
 * <p>One browser serves every browser test of a test JVM: starting Chromium costs seconds on a busy
 * machine, and a journey switches users a dozen times. {@link #close()} leaves nothing behind for the next
 * test: no cookie (so no login), no stored language choice, no second tab, no open dialog.
 *
 * <p>Plain W3C WebDriver ({@link RemoteWebDriver}), not Selenium's {@code ChromeDriver}: the tests need no
 * DevTools protocol, so Selenium never has to know the installed Chromium's CDP version.
 *
 * <p>Every wait is for a condition the page exposes; {@link #settle()} is the one for "the app has done
 * what the last action started": Camunda's web apps count every request of theirs as an outstanding
 * Angular task (their HTTP client registers a timeout per request), so Angular's testability says when
 * they are loaded; and no transition is still moving an element (a dialog sliding in, where a click
 * would land beside its target).
 */
public final class Chromium implements AutoCloseable {

  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** How long a condition may take on a busy 2-core CI machine before the test fails. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private static final Dimension WINDOW = new Dimension(1400, 1000);

  private static final String SETTLED = """
      const done = arguments[arguments.length - 1];
      const moving = () => document.getAnimations().some(animation => animation.playState === 'running'
          && Number.isFinite(animation.effect.getComputedTiming().endTime));
      const still = () => moving() ? requestAnimationFrame(still) : done(true);
      const app = document.querySelector('.ng-scope');
      if (window.angular && app) {
        try {
          window.angular.getTestability(app).whenStable(still);
          return;
        } catch (notBootstrapped) {
          // an Angular page without an injector yet: not loaded
          done(false);
          return;
        }
      }
      still();
      """;

  /** Who the web app says is logged in: its own authentication state. */
  private static final String LOGGED_IN_AS = """
      const app = document.querySelector('.ng-scope');
      const injector = window.angular && app && window.angular.element(app).injector();
      const authentication = injector && injector.get('$rootScope').authentication;
      return authentication ? authentication.name : null;
      """;

  private static WebDriver shared;

  private final WebDriver browser;
  private final int port;

  public Chromium(int port) {
    this.browser = browser();
    this.port = port;
  }

  private static synchronized WebDriver browser() {
    if (shared == null) {
      assertThat(new File("/usr/bin/chromium")).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--window-size=1400,1000", "--lang=en-US");
      ChromeDriverService driver = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
      try {
        driver.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      RemoteWebDriver started = new RemoteWebDriver(driver.getUrl(), options);
      started.manage().timeouts().scriptTimeout(PATIENCE);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        started.quit();
        driver.stop();
      }, "chromium-quit"));
      shared = started;
    }
    return shared;
  }

  public WebDriver driver() {
    return browser;
  }

  /** Opens a page of the application and waits until it has loaded. */
  public void open(String path) {
    browser.get(url(path));
    settle();
  }

  /**
   * Opens a web app's page and waits until it shows the element. A start that hangs — the app's loader spinning with
   * nothing arriving, seen on a busy CI machine — is reloaded once, halfway through the wait, as a user would.
   */
  public void openUntilShown(String path, By shown) {
    browser.get(url(path));
    long reloadAt = System.nanoTime() + PATIENCE.toNanos() / 2;
    boolean[] reloaded = {false};
    until("the page " + path + " to show " + shown, driver -> {
      if (driver.findElements(shown).stream().anyMatch(WebElement::isDisplayed)) {
        return true;
      }
      if (!reloaded[0] && System.nanoTime() > reloadAt) {
        reloaded[0] = true;
        driver.navigate().refresh();
      }
      return false;
    });
    settle();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /**
   * Opens a web app and logs in with the demo password. Two things happen to a login form typed into as
   * soon as it shows: the app's first requests come back unauthorised and render the login view anew
   * (empty fields), and the app focuses its [autofocus] field 300 ms after it starts, by a plain timer that
   * no wait can see (a password typed then lands in the name field). So the form is filled once the app is
   * idle, read back, filled again until it holds both values, and Enter submits it wherever its button has
   * moved. Fails with the app's own message if the login is refused.
   */
  public void logIn(String path, String user) {
    open(path);
    By form = By.cssSelector("form[name='signinForm']");
    By nameField = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
    By passwordField = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
    until("logged in as " + user, driver -> {
      settle();
      if (user.equals(((JavascriptExecutor) driver).executeScript(LOGGED_IN_AS))) {
        return true;
      }
      if (driver.findElements(form).isEmpty()) {
        return false; // the app is still starting
      }
      List<WebElement> refusal = driver.findElements(By.cssSelector(".notifications-panel .alert-danger"));
      if (!refusal.isEmpty() && refusal.get(0).isDisplayed()) {
        throw new AssertionError("the login of " + user + " was refused: " + refusal.get(0).getText());
      }
      WebElement name = driver.findElement(nameField);
      WebElement password = driver.findElement(passwordField);
      if (!user.equals(name.getDomProperty("value")) || !"demo".equals(password.getDomProperty("value"))) {
        name.clear();
        password.clear();
        name.sendKeys(user);
        password.sendKeys("demo");
      }
      if (user.equals(name.getDomProperty("value")) && "demo".equals(password.getDomProperty("value"))) {
        password.sendKeys(Keys.ENTER);
      }
      return false;
    });
  }

  /** Waits until the web app has finished what the last action started (see the class comment). */
  public void settle() {
    until("the page to settle", driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeAsyncScript(SETTLED)));
  }

  public WebElement waitFor(By locator) {
    return until(locator.toString(), driver -> driver.findElements(locator).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  /** Clicks an element once it is shown, enabled and still, and the page has settled. */
  public void click(By locator) {
    until("a click on " + locator, driver -> {
      settle();
      WebElement element = driver.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
      if (element == null || !element.isEnabled()) {
        return false;
      }
      try {
        inView(element).click();
        return true;
      } catch (ElementClickInterceptedException | StaleElementReferenceException moved) {
        return false;
      }
    });
  }

  /** Clicks a link that opens a new tab, as a user would, and continues in that tab. */
  public void clickIntoNewTab(By link) {
    java.util.Set<String> before = browser.getWindowHandles();
    click(link);
    String opened = until("a new tab", driver -> driver.getWindowHandles().stream()
        .filter(handle -> !before.contains(handle)).findFirst().orElse(null));
    browser.switchTo().window(opened);
    until("the new tab to load", driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
  }

  public WebElement inView(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  public void waitForText(String text) {
    try {
      until("“" + text + "”", driver -> body().contains(text));
    } catch (AssertionError e) {
      throw new AssertionError("page never showed “" + text + "”; it shows: " + body(), e);
    }
  }

  /** Waits for a condition, with a screenshot of what the page showed instead. */
  public <T> T until(String what, Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(browser, PATIENCE, Duration.ofMillis(100))
          .ignoring(StaleElementReferenceException.class).until(condition::apply);
    } catch (TimeoutException e) {
      screenshot("failed-waiting-for-" + what.replaceAll("[^\\p{L}\\p{N}]+", "-"));
      throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; the page shows: " + body(), e);
    }
  }

  public String body() {
    try {
      return browser.findElement(By.tagName("body")).getText();
    } catch (WebDriverException e) {
      return "(no page: " + e.getClass().getSimpleName() + ")";
    }
  }

  public void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (WebDriverException e) {
      // an open alert or a closed tab: no picture, the failure itself still says what went wrong
    }
  }

  /** Leaves the browser as new for the next test: one tab, no dialog, no cookie, no stored choice. */
  @Override
  public void close() {
    try {
      browser.switchTo().alert().dismiss();
    } catch (NoAlertPresentException none) {
      // nothing open
    }
    List<String> tabs = List.copyOf(browser.getWindowHandles());
    for (String tab : tabs.subList(1, tabs.size())) {
      browser.switchTo().window(tab).close();
    }
    browser.switchTo().window(tabs.get(0));
    browser.manage().window().setSize(WINDOW);
    // cookies and storage belong to the page's origin: forget them while on one of ours
    browser.get(url("/actuator/health"));
    browser.manage().deleteAllCookies();
    ((JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    browser.get("about:blank");
  }
}
