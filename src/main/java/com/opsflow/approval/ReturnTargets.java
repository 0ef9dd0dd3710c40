package com.opsflow.approval;

import static com.opsflow.approval.ReviewVariables.RETURN_TARGETS;
import static com.opsflow.approval.ReviewVariables.RETURN_TO;
import static com.opsflow.approval.ReviewVariables.TO_APPLICANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.core.model.PropertyKey;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.value.TypedValue;

import com.opsflow.kernel.FormValues;
import com.opsflow.kernel.SubmissionRefused;

/**
 * 退回 to an earlier step where the diagram allows it: a review step names the steps it may return to
 * in its {@value ReviewVariables#RETURN_TARGETS} property (e.g. 管理层审批 → Task_ReviewByOperations), its
 * form offers them beside "the applicant", and the server accepts no other target.
 */
final class ReturnTargets {

  private ReturnTargets() {
  }

  private static final PropertyKey<List<String>> TARGETS = new PropertyKey<>("opsflow." + RETURN_TARGETS);

  /** At parse time: keeps the step's {@value ReviewVariables#RETURN_TARGETS} property on the activity. */
  static void read(Element userTask, ActivityImpl activity) {
    Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(userTask);
    String targets = properties == null ? null : properties.get(RETURN_TARGETS);
    activity.getProperties().set(TARGETS, targets == null || targets.isBlank() ? List.of()
        : Arrays.stream(targets.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList());
  }

  /** The earlier steps this activity may return to, by id; none for most steps. */
  static List<String> of(ActivityImpl activity) {
    List<String> targets = activity.getProperties().get(TARGETS);
    return targets == null ? List.of() : targets;
  }

  /** The options the review form shows for 退回到, or null where the step only returns to the applicant. */
  static TypedValue options(ExecutionEntity execution) {
    List<String> targets = of(execution.getActivity());
    if (targets.isEmpty()) {
      return null;
    }
    List<Map<String, String>> options = new ArrayList<>();
    options.add(option("申请人（修改后重新提交）", TO_APPLICANT));
    targets.forEach(id -> options.add(option(nameOf(execution, id) + "（重新审核）", id)));
    return FormValues.json(options);
  }

  /** The earlier step the reviewer chose to return to, checked against the diagram; null for the applicant. */
  static String chosen(DelegateExecution execution) {
    Object chosen = execution.getVariable(RETURN_TO);
    if (chosen == null || "".equals(chosen) || TO_APPLICANT.equals(chosen)) {
      return null;
    }
    List<String> allowed = of(((ExecutionEntity) execution).getActivity());
    if (!allowed.contains(chosen)) {
      List<String> names = new ArrayList<>(List.of("申请人"));
      allowed.forEach(id -> names.add(nameOf(execution, id)));
      throw new SubmissionRefused("此环节只能退回给" + String.join("或", names) + "。");
    }
    return (String) chosen;
  }

  static String nameOf(DelegateExecution execution, String activityId) {
    ActivityImpl activity = ((ExecutionEntity) execution).getProcessDefinition().findActivity(activityId);
    return activity == null || activity.getName() == null ? activityId : activity.getName();
  }

  private static Map<String, String> option(String label, String value) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }
}
