package com.opsflow.approval.attachment;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static com.opsflow.plan.PlanFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.opsflow.support.EngineTest;

/**
 * 附件 and the 审批单 as the demo users meet them: 王芳 of 市场部 drafts the annual plan and attaches the budget as a PDF;
 * her head 李娜 reviews it, adds a photo of the site check and approves; 何静 of 研发部 has no part in it and finds
 * nothing. Files are judged by their content, not their names; the 审批单 prints and downloads as a PDF whose Chinese
 * text reads back.
 */
class AttachmentsRestTest extends EngineTest {

  /** The first bytes of a real PDF, a PNG, a Windows program and a web page. */
  static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
      0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
  static final byte[] EXE = exe();
  static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

  @Autowired
  TestRestTemplate http;

  ProcessInstance plan;

  @BeforeEach
  void wangfangSubmitsHerDepartmentsPlan() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    plan = acting.as("wangfang", () -> engine.getFormService().submitStartForm(definition, annualPlan(2027)));
  }

  Task openTask() {
    return engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult();
  }

  ResponseEntity<Map<String, Object>> upload(String user, String path, String fileName, byte[] content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return http.exchange("/api" + path, HttpMethod.POST, new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() { });
  }

  ResponseEntity<byte[]> download(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    return http.exchange("/api" + path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  ResponseEntity<List<Map<String, Object>>> list(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return http.exchange("/api" + path, HttpMethod.GET, new HttpEntity<>(headers), new ParameterizedTypeReference<>() { });
  }

  HttpStatus statusOf(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return (HttpStatus) http.exchange("/api" + path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode();
  }

  ResponseEntity<Map<String, Object>> delete(String user, Object id) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return http.exchange("/api/attachments/" + id, HttpMethod.DELETE, new HttpEntity<>(headers), new ParameterizedTypeReference<>() { });
  }

  @SuppressWarnings("unchecked")
  static Object idOf(ResponseEntity<Map<String, Object>> uploaded) {
    return ((Map<String, Object>) uploaded.getBody().get("attachment")).get("id");
  }

  @Test
  void theApplicantAndTheReviewerAttachFilesThatEveryoneInvolvedReadsAndNobodyElseFinds() {
    var budget = upload("wangfang", "/applications/" + plan.getId() + "/attachments", "2027年预算明细.pdf", PDF);
    assertThat(budget.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(budget.getBody()).containsEntry("message", "已上传附件“2027年预算明细.pdf”。");

    Task headReview = openTask();
    var photo = upload("lina", "/tasks/" + headReview.getId() + "/attachments", "现场检查.png", PNG);
    assertThat(photo.getStatusCode()).isEqualTo(HttpStatus.OK);

    var besideTheTask = list("lina", "/tasks/" + headReview.getId() + "/attachments").getBody();
    assertThat(besideTheTask).extracting(a -> a.get("name")).containsExactly("2027年预算明细.pdf", "现场检查.png");
    assertThat(besideTheTask).extracting(a -> a.get("step")).containsExactly("申请", "部门负责人审核");
    assertThat(besideTheTask).extracting(a -> a.get("uploadedBy")).containsExactly("王芳", "李娜");
    assertThat(besideTheTask).extracting(a -> a.get("deletable")).as("only the uploader deletes").containsExactly(false, true);

    ResponseEntity<byte[]> read = download("lina", "/attachments/" + idOf(budget));
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).isEqualTo(PDF);
    assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(read.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(read.getHeaders().getContentDisposition().getFilename()).isEqualTo("2027年预算明细.pdf");
    assertThat(download("wangfang", "/attachments/" + idOf(photo)).getHeaders().getContentType())
        .isEqualTo(MediaType.IMAGE_PNG);

    assertThat(download("hejing", "/attachments/" + idOf(budget)).getStatusCode())
        .as("研发部 has no part in 市场部's plan").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(statusOf("hejing", "/applications/" + plan.getId() + "/attachments")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(statusOf("hejing", "/tasks/" + headReview.getId() + "/attachments")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(upload("hejing", "/tasks/" + headReview.getId() + "/attachments", "x.pdf", PDF).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(upload("hejing", "/applications/" + plan.getId() + "/attachments", "x.pdf", PDF).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void filesAreJudgedByTheirContentAndTheirSize() {
    String path = "/applications/" + plan.getId() + "/attachments";
    var tooLarge = upload("wangfang", path, "扫描件.pdf", Arrays.copyOf(PDF, 20 * 1024 * 1024));
    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLarge.getBody()).containsEntry("message", "文件“扫描件.pdf”超过大小限制（最大 10 MB）。");

    assertThat(upload("wangfang", path, "工具.exe", EXE).getBody().get("message"))
        .isEqualTo("不能上传 .exe 文件：可执行程序、脚本和网页不能作为附件。");
    assertThat(upload("wangfang", path, "报告.pdf", EXE).getBody().get("message").toString())
        .as("a program renamed 报告.pdf").startsWith("不支持的文件类型：“报告.pdf”的内容是 application/x-msdownload");
    assertThat(upload("wangfang", path, "说明.html", HTML).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(upload("wangfang", path, "说明.txt", HTML).getBody().get("message").toString())
        .as("a web page renamed 说明.txt").startsWith("不支持的文件类型：“说明.txt”的内容是 text/html");
    assertThat(upload("wangfang", path, "照片.pdf", PNG).getBody().get("message").toString())
        .startsWith("文件“照片.pdf”的扩展名与内容不符");
    assertThat(upload("wangfang", path, "空.pdf", new byte[0]).getBody().get("message"))
        .isEqualTo("请选择要上传的文件，文件不能为空。");

    assertThat(list("wangfang", path).getBody()).as("nothing refused was kept").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from attachment_content", Long.class)).isZero();
  }

  @Test
  void theUploaderDeletesAFileUntilItsStepIsDoneAndNobodyElseDoes() {
    var budget = upload("wangfang", "/applications/" + plan.getId() + "/attachments", "预算.pdf", PDF);
    Task headReview = openTask();
    var photo = upload("lina", "/tasks/" + headReview.getId() + "/attachments", "现场.png", PNG);

    assertThat(delete("lina", idOf(budget)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(delete("hejing", idOf(budget)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    acting.as("lina", () -> engine.getFormService().submitTaskForm(headReview.getId(), decision("APPROVE", "同意")));
    var archived = delete("lina", idOf(photo));
    assertThat(archived.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(archived.getBody()).containsEntry("message", "“部门负责人审核”环节已经办理完毕，附件已归档，不能删除。");

    var deleted = delete("wangfang", idOf(budget));
    assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list("wangfang", "/applications/" + plan.getId() + "/attachments").getBody())
        .extracting(a -> a.get("name")).containsExactly("现场.png");
  }

  @Test
  void theEnginesOwnAttachmentsAreClosed() {
    Task headReview = openTask();
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("lina", "demo");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("attachment-name", "x.exe");
    ResponseEntity<String> created = http.exchange("/engine-rest/task/" + headReview.getId() + "/attachment/create",
        HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getTaskService().getTaskAttachments(headReview.getId())).isEmpty();
  }

  @Test
  void theApprovedPlanPrintsAndDownloadsAsAPdfWithItsTrailAndAttachments() throws Exception {
    upload("wangfang", "/applications/" + plan.getId() + "/attachments", "2027年预算明细.pdf", PDF);
    Task headReview = openTask();
    upload("lina", "/tasks/" + headReview.getId() + "/attachments", "现场检查.png", PNG);
    acting.as("lina", () -> engine.getFormService().submitTaskForm(headReview.getId(), decision("APPROVE", "目标清楚，同意上报")));
    acting.as("wulei", () -> engine.getFormService().submitTaskForm(openTask().getId(), decision("APPROVE", "已汇总")));
    acting.as("yangjianguo", () -> engine.getFormService().submitTaskForm(openTask().getId(), decision("APPROVE", "批准")));
    assertThat(openTask()).as("the plan is approved").isNull();

    ResponseEntity<byte[]> pdf = download("wangfang", "/applications/" + plan.getId() + "/sheet.pdf");
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getHeaders().getContentDisposition().getFilename()).startsWith("运营计划审批单");
    java.nio.file.Files.createDirectories(com.opsflow.support.Chromium.SCREENSHOTS);
    java.nio.file.Files.write(com.opsflow.support.Chromium.SCREENSHOTS.resolve("approval-sheet.pdf"), pdf.getBody());
    String text;
    try (var document = Loader.loadPDF(pdf.getBody())) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
    assertThat(text).contains("示范运营有限公司", "运营计划审批单", "申请人王芳", "申请内容", "计划事项", "审批记录",
        "李娜", "同意：目标清楚，同意上报", "吴磊", "同意：已汇总", "杨建国", "同意：批准",
        "2027年预算明细.pdf", "现场检查.png", "/api/applications/" + plan.getId());

    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("lina", "demo");
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> printable = http.exchange("/api/applications/" + plan.getId() + "/sheet", HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    assertThat(printable.getBody()).contains("<h1>运营计划审批单</h1>", "@media print", "window.print()", "现场检查.png");

    assertThat(download("hejing", "/applications/" + plan.getId() + "/sheet.pdf").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static byte[] exe() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }
}
