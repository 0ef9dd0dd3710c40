package com.opsflow.approval.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient;

/** 常用意见 over the API: 杨建国's own phrases beside the company's, his alone, checked on the server. */
class PhrasesTest extends EngineTest {

  @Autowired
  TestRestTemplate http;

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aReviewerKeepsHisOwnPhrasesBesideTheCompanys() {
    ResponseEntity<Map<String, Object>> saved = as("yangjianguo").apiPost("/phrases", Map.of("text", "同意，按年度目标执行。"));
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Map<String, Object> his = as("yangjianguo").api("/phrases").getBody();
    assertThat((List<Map<String, Object>>) his.get("mine")).extracting(p -> p.get("text")).containsExactly("同意，按年度目标执行。");
    assertThat((List<String>) his.get("company")).contains("同意。", "请补充预算明细后重新提交。");
    assertThat((List<?>) as("xulan").api("/phrases").getBody().get("mine")).as("not shared with 许兰").isEmpty();

    assertThat(as("yangjianguo").apiPost("/phrases", Map.of("text", "同意，按年度目标执行。")).getBody())
        .containsEntry("message", "这条常用意见已经有了。");
    assertThat(as("yangjianguo").apiPost("/phrases", Map.of("text", "同意。")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as("yangjianguo").apiPost("/phrases", Map.of("text", " ")).getBody()).containsEntry("message", "请填写要保存的常用意见。");
    assertThat(as("yangjianguo").apiPost("/phrases", Map.of("text", "长".repeat(201))).getBody())
        .containsEntry("message", "常用意见不能超过 200 个字（当前 201 个字）。");

    Number id = (Number) saved.getBody().get("id");
    assertThat(delete("xulan", id).getStatusCode()).as("another's phrase does not exist for her").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(delete("yangjianguo", id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat((List<?>) as("yangjianguo").api("/phrases").getBody().get("mine")).isEmpty();
  }

  ResponseEntity<String> delete(String user, Number id) {
    return http.withBasicAuth(user, "demo").exchange("/api/phrases/" + id, HttpMethod.DELETE, null, String.class);
  }
}
