package com.opsflow.approval.attachment;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.TasklistUser;

/**
 * 附件 and the 审批单 in the browser: 李娜 reviews 王芳's plan, uploads a photo of the site check in the 附件 tab beside
 * the task and is refused a program; the application page lists the file and leads to the printable 审批单.
 */
@BrowserTest
class AttachmentsBrowserTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  Attachments attachments;

  @Test
  void linaAttachesAPhotoBesideHerReviewAndPrintsTheSheet(@TempDir Path files) throws Exception {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    ProcessInstance plan = acting.as("wangfang", () -> engine.getFormService().submitStartForm(definition, annualPlan(2027)));
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult();
    Path photo = Files.write(files.resolve("现场检查.png"), AttachmentsRestTest.PNG);
    Path program = Files.write(files.resolve("工具.exe"), AttachmentsRestTest.EXE);

    try (TasklistUser lina = new TasklistUser(port, "lina")) {
      lina.openTask("部门待办", "部门负责人审核");
      var chromium = lina.chromium();
      chromium.open("/camunda/app/tasklist/default/#/?task=" + review.getId() + "&detailsTab=opsflow.attachments");
      chromium.waitForText("暂无附件");
      chromium.waitForText("单个文件不超过 10 MB");
      chromium.waitFor(By.cssSelector(".opsflow-attachment-file")).sendKeys(program.toString());
      chromium.click(By.cssSelector(".opsflow-attachment-upload"));
      chromium.waitForText("不能上传 .exe 文件：可执行程序、脚本和网页不能作为附件。");
      chromium.waitFor(By.cssSelector(".opsflow-attachment-file")).sendKeys(photo.toString());
      chromium.click(By.cssSelector(".opsflow-attachment-upload"));
      chromium.waitForText("已上传附件“现场检查.png”。");
      chromium.waitFor(By.xpath("//a[contains(@class,'opsflow-attachment-name')][normalize-space(.)='现场检查.png']"));
      lina.screenshot("attachments-tab");

      chromium.open("/api/applications/" + plan.getId());
      chromium.waitFor(By.xpath("//table[contains(@class,'attachments')]//a[normalize-space(.)='现场检查.png']"));
      chromium.click(By.cssSelector("a.sheet"));
      chromium.waitForText("运营计划审批单");
      chromium.waitForText("示范运营有限公司");
      assertThat(chromium.body()).contains("现场检查.png", "扫码或打开链接查看申请");
      lina.screenshot("approval-sheet");
    }
    assertThat(attachments.findByProcessInstanceIdOrderByUploadedAtAscIdAsc(plan.getId()))
        .extracting(Attachment::fileName, Attachment::uploadedBy, Attachment::step)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("现场检查.png", "lina", "部门负责人审核"));
  }
}
