package com.opsflow.support;

/**
 * Tasklist for a journey: the test JVM's Chromium, logged in as whoever acts next. A person who acts twice in
 * a row stays logged in, as they would; someone else logs in after the last one is logged out.
 */
public final class Tasklist implements AutoCloseable {

  private final int port;
  private TasklistUser current;
  private String currentUser;

  public Tasklist(int port) {
    this.port = port;
  }

  public TasklistUser as(String user) {
    if (!user.equals(currentUser)) {
      close();
      current = new TasklistUser(port, user);
      currentUser = user;
    }
    return current;
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
      current = null;
      currentUser = null;
    }
  }
}
