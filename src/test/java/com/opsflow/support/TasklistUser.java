package com.opsflow.support;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A demo user logged in to Tasklist in the test JVM's Chromium (logged out on close): starts processes, opens tasks from the filters, claims
 * them and fills Camunda Forms (form-js) field by field, by the Chinese labels they read.
 */
public final class TasklistUser implements AutoCloseable {

  private final Chromium chromium;
  private final String user;

  public TasklistUser(int port, String user) {
    this.chromium = new Chromium(port);
    this.user = user;
    chromium.logIn("/camunda/app/tasklist/", user);
    chromium.waitFor(By.xpath("//a[contains(normalize-space(.), '我的待办')]"));
  }

  public Chromium chromium() {
    return chromium;
  }

  public void startProcess(String processName) {
    chromium.click(By.partialLinkText("发起流程"));
    chromium.click(By.xpath("//div[contains(@class,'modal-content')]//ul[contains(@class,'processes')]//a[contains(normalize-space(.), '"
        + processName + "')]"));
    chromium.waitFor(By.cssSelector(".modal-content .fjs-form"));
    chromium.settle();
  }

  /** Opens a task from a filter (我的待办, 部门待办 …) by its name in the list. */
  public void openTask(String filter, String taskName) {
    By filterLink = By.xpath("//a[contains(normalize-space(.), '" + filter + "')]");
    chromium.openUntilShown("/camunda/app/tasklist/default/", filterLink);
    chromium.click(filterLink);
    chromium.click(By.xpath("//ol[contains(@class,'tasks')]//*[normalize-space(.)='" + taskName + "']"));
    chromium.waitFor(By.cssSelector(".fjs-form"));
    chromium.settle();
  }

  public void claim() {
    chromium.click(By.xpath("//button[normalize-space(.)='认领'] | //a[normalize-space(.)='认领']"));
    chromium.waitForText("取消认领");
    chromium.settle();
  }

  private WebElement field(String label) {
    return field(label, 0);
  }

  /** The {@code row}-th visible field of that label (0 for the first): a field of a list's second row is row 1. */
  private WebElement field(String label, int row) {
    List<WebElement> fields = chromium.driver().findElements(By.xpath("//div[contains(@class,'fjs-form-field ')"
        + " and not(contains(@class,'fjs-form-field-group')) and not(contains(@class,'fjs-form-field-dynamiclist'))]"
        + "[.//label[starts-with(normalize-space(.), '" + label + "')]]"));
    return fields.stream().filter(WebElement::isDisplayed).skip(row).findFirst().orElseThrow(() -> {
      chromium.screenshot("failed-field-" + user);
      return new AssertionError("no visible form field “" + label + "” in row " + row + "; the page shows: " + chromium.body());
    });
  }

  /**
   * Types into a text, number or textarea field. form-js re-renders a number field while it is typed into
   * and may keep a keystroke twice; the value is read back and typed again until it stands.
   */
  public void type(String label, String text) {
    type(label, 0, text);
  }

  /** Types into the field of that label in a list's row (0 for the first). */
  public void type(String label, int row, String text) {
    String held = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement input = chromium.inView(field(label, row).findElement(By.cssSelector("input.fjs-input, textarea")));
      input.click();
      // select what the field holds and type over it: a click may leave the caret anywhere in a prefilled value
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      input.sendKeys(text);
      settle();
      held = field(label, row).findElement(By.cssSelector("input.fjs-input, textarea")).getDomProperty("value");
      if (text.equals(held)) {
        return;
      }
    }
    throw new AssertionError("“" + label + "” does not keep “" + text + "”; it holds “" + held + "”");
  }

  /** Types into a date field, e.g. 2027-06-30 as the forms read dates, and leaves it. */
  public void date(String label, String typed) {
    date(label, 0, typed);
  }

  /** A date field of a list's row (0 for the first). */
  public void date(String label, int row, String typed) {
    WebElement input = chromium.inView(field(label, row).findElement(By.cssSelector("input.flatpickr-input")));
    // over what the field holds (a date kept from the round before), as type() does
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(typed);
    input.sendKeys(Keys.TAB); // not Escape: that would close Tasklist's start dialog
    settle();
  }

  /** Adds a row to a list of the form (添加 under it), e.g. one more 问题 under 问题记录. */
  public void addRow(String list) {
    chromium.click(By.xpath("//div[contains(@class,'fjs-form-field-dynamiclist')][.//*[starts-with(normalize-space(.), '" + list
        + "')]]//button[contains(@class,'fjs-repeat-render-add')]"));
    settle();
  }

  /** Picks the option of a select that reads, or starts with, the given text. */
  public void choose(String label, String option) {
    choose(label, 0, option);
  }

  /** Picks an option of the select of that label in a list's row (0 for the first). */
  public void choose(String label, int row, String option) {
    WebElement field = field(label, row);
    List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
    if (display.isEmpty()) { // a searchable select: type to narrow the list down
      WebElement search = chromium.inView(field.findElement(By.cssSelector("input.fjs-input")));
      search.click();
      search.sendKeys(option);
    } else {
      chromium.inView(display.get(0)).click();
    }
    By item = By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(.), '" + option + "')]");
    // a list opened near the bottom of the window may reach under the task's button bar: bring the option into view
    chromium.until("“" + option + "” picked in “" + label + "”", driver -> {
      try {
        chromium.inView(field.findElement(item)).click();
        return true;
      } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
        return false;
      }
    });
    settle();
  }

  /** Adds a person or value to a tag list: types to narrow its options down and picks the one that starts so. */
  public void tag(String label, String option) {
    WebElement field = field(label);
    WebElement input = chromium.inView(field.findElement(By.cssSelector("input")));
    input.click();
    input.sendKeys(option);
    By item = By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][starts-with(normalize-space(.), '" + option + "')]");
    chromium.until("“" + option + "” tagged in “" + label + "”", driver -> {
      try {
        chromium.inView(field.findElement(item)).click();
        return true;
      } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.ElementClickInterceptedException notYet) {
        return false;
      }
    });
    settle();
  }

  /** Ticks a checklist option. */
  public void tick(String label, String option) {
    chromium.inView(field(label).findElement(By.xpath(".//label[starts-with(normalize-space(.), '" + option + "')]"))).click();
    settle();
  }

  /** Claims the task if it is offered to a group; a task already assigned to the user needs no claim. */
  public void claimIfOffered() {
    if (!chromium.driver().findElements(By.xpath("//button[normalize-space(.)='认领'] | //a[normalize-space(.)='认领']")).isEmpty()) {
      claim();
    }
  }

  public void pick(String label, String option) {
    chromium.inView(field(label).findElement(By.xpath(".//label[normalize-space(.)='" + option + "']"))).click();
    settle();
  }

  /** 发起 on a start form, 完成 on a task form: once the form has taken every value and the button is enabled. */
  public void submit(String button) {
    settle();
    chromium.click(By.xpath("//button[normalize-space(.)='" + button + "']"));
  }

  public void screenshot(String name) {
    chromium.screenshot(name);
  }

  /** Waits until the server has done what the user submitted, with a screenshot if it never does. */
  public void waitUntil(java.util.function.BooleanSupplier done) {
    chromium.until("the server to have done what " + user + " submitted", driver -> done.getAsBoolean());
  }

  /**
   * form-js takes a typed value over after a debounce, or at once when the field loses focus: leave the
   * field, then wait until the page has settled (a changed value may show or hide other fields).
   */
  private void settle() {
    ((org.openqa.selenium.JavascriptExecutor) chromium.driver())
        .executeScript("if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();");
    chromium.settle();
  }

  @Override
  public void close() {
    chromium.close();
  }
}
