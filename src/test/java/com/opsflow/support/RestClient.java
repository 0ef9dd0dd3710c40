package com.opsflow.support;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls /engine-rest as a demo user with HTTP Basic, the way any REST client would. */
public final class RestClient {

  private final TestRestTemplate http;
  private final String user;
  private final String password;

  public RestClient(TestRestTemplate http, String user, String password) {
    this.http = http;
    this.user = user;
    this.password = password;
  }

  public ResponseEntity<Map<String, Object>> post(String path, Object body) {
    return http.exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(body, headers()),
        new ParameterizedTypeReference<>() { });
  }

  public ResponseEntity<String> postForText(String path, Object body) {
    return http.exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(body, headers()), String.class);
  }

  /** One of our own endpoints under /api. */
  public ResponseEntity<Map<String, Object>> api(String path) {
    return http.exchange("/api" + path, HttpMethod.GET, new HttpEntity<>(headers()), new ParameterizedTypeReference<>() { });
  }

  /** A POST to one of our own endpoints under /api. */
  public ResponseEntity<Map<String, Object>> apiPost(String path, Object body) {
    return http.exchange("/api" + path, HttpMethod.POST, new HttpEntity<>(body, headers()), new ParameterizedTypeReference<>() { });
  }

  public List<Map<String, Object>> listApi(String path) {
    return http.exchange("/api" + path, HttpMethod.GET, new HttpEntity<>(headers()),
        new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
  }

  /** One of our own pages under /api, as a browser asks for it. */
  public ResponseEntity<String> page(String path) {
    HttpHeaders headers = headers();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return http.exchange("/api" + path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  public ResponseEntity<String> get(String path) {
    return http.exchange("/engine-rest" + path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
  }

  public ResponseEntity<List<Map<String, Object>>> list(String path) {
    return http.exchange("/engine-rest" + path, HttpMethod.GET, new HttpEntity<>(headers()),
        new ParameterizedTypeReference<>() { });
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    if (user != null) {
      headers.setBasicAuth(user, password);
    }
    return headers;
  }

  /** Variables as the REST API takes them: {"name": {"value": …, "type": …}}. */
  public static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof Json json
        ? Map.of("value", json.text(), "type", "Json")
        : Map.of("value", value)));
    return Map.of("variables", variables);
  }

  /** A Json variable, as Tasklist submits a dynamic list. */
  public record Json(String text) {
  }
}
