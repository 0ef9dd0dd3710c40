package com.opsflow.kernel;

import org.springframework.http.HttpStatus;


/**
 * An approval operation (withdraw, transfer, CC …) the server does not carry out, with the reason in
 * Chinese. 400 for what the caller may fix, 403 for what their role does not allow, 404 for what they
 * may not even know exists.
 */
public class Refusal extends RuntimeException {

  private final HttpStatus status;

  private Refusal(HttpStatus status, String reason) {
    super(reason);
    this.status = status;
  }

  public static Refusal badRequest(String reason) {
    return new Refusal(HttpStatus.BAD_REQUEST, reason);
  }

  public static Refusal forbidden(String reason) {
    return new Refusal(HttpStatus.FORBIDDEN, reason);
  }

  public static Refusal notFound(String reason) {
    return new Refusal(HttpStatus.NOT_FOUND, reason);
  }

  public HttpStatus status() {
    return status;
  }
}
