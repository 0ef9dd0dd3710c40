package com.opsflow.kernel;

/**
 * A text people type into a form and the server checks: its variable key (for a column of a list,
 * {@code list.column}), its Chinese label in the server's messages, and its length limit, which is the size of
 * its database column. The form's {@code validate.maxLength} repeats the limit; {@code FormLimitsTest} holds
 * every form to the declared one, so the browser stops people where the server would.
 */
public record TextField(String key, String label, int maxLength) {

  /** A column of the rows of a list variable, as a form-js dynamic list submits them. */
  public static TextField column(String list, String column, String label, int maxLength) {
    return new TextField(list + "." + column, label, maxLength);
  }

  /** The key inside a row: the part after the list's name. */
  public String column() {
    return key.substring(key.lastIndexOf('.') + 1);
  }
}
