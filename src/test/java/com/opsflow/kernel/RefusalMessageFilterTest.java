package com.opsflow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalMessageFilterTest {

  @Test
  void camundasEnglishPrefixIsRemovedFromRefusals() {
    assertThat(RefusalMessageFilter.withoutPrefix("Cannot submit task form 4711: 驳回时必须填写审批意见，说明原因。"))
        .isEqualTo("驳回时必须填写审批意见，说明原因。");
    assertThat(RefusalMessageFilter.withoutPrefix(
        "Cannot instantiate process definition operation-plan-approval:2:ab-cd: 请填写计划名称；请填写计划概述"))
        .isEqualTo("请填写计划名称；请填写计划概述");
  }

  @Test
  void otherMessagesAreLeftAlone() {
    assertThat(RefusalMessageFilter.withoutPrefix("Task with id 1 does not exist")).isEqualTo("Task with id 1 does not exist");
  }
}
