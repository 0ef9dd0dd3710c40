package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.opsflow.customer.CustomerCaseProcess.TextFields;
import com.opsflow.kernel.FieldChecks;

/**
 * A customer contact as 客服部 or another system submitted it, checked on the server: every problem is listed
 * in Chinese and nothing is saved until all are fixed.
 */
record CaseIntake(String customerName, String customerCompany, String customerContact, CaseChannel channel,
    CaseCategory category, CaseSeverity severity, String description, String projectName,
    String responsibleDepartment, String relatedCase) {

  private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,20}");
  private static final Pattern MAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** @param departments the organisation's department ids, for a change request's project department */
  static CaseIntake from(Map<String, Object> variables, Set<String> departments) {
    FieldChecks checks = new FieldChecks();
    String name = checks.text(variables.get(CUSTOMER_NAME), TextFields.CUSTOMER_NAME, true);
    String company = checks.text(variables.get(CUSTOMER_COMPANY), TextFields.CUSTOMER_COMPANY, false);
    String contact = checks.text(variables.get(CUSTOMER_CONTACT), TextFields.CUSTOMER_CONTACT, true);
    if (contact != null && !PHONE.matcher(contact).matches() && !MAIL.matcher(contact).matches()) {
      checks.add("联系电话或邮箱“" + contact + "”既不是电话号码也不是电子邮箱");
    }
    CaseChannel channel = CaseChannel.of(variables.get(CHANNEL)).orElse(null);
    if (channel == null) {
      checks.add("请选择反馈渠道（" + CaseChannel.labels() + "）");
    }
    CaseCategory category = CaseCategory.of(variables.get(CATEGORY)).orElse(null);
    if (category == null) {
      checks.add("请选择反馈类别（" + CaseCategory.labels() + "）");
    }
    CaseSeverity severity = null;
    if (category == CaseCategory.COMPLAINT) {
      severity = CaseSeverity.of(variables.get(SEVERITY)).orElse(null);
      if (severity == null) {
        checks.add("投诉须选择严重程度（" + CaseSeverity.labels() + "）");
      }
    }
    String description = checks.text(variables.get(DESCRIPTION), TextFields.DESCRIPTION, true);
    String project = null;
    String department = null;
    if (category == CaseCategory.CHANGE_REQUEST) {
      project = checks.text(variables.get(PROJECT_NAME), TextFields.PROJECT_NAME, false);
      Object chosen = variables.get(RESPONSIBLE_DEPARTMENT);
      if (!(chosen instanceof String id) || !departments.contains(id)) {
        checks.add("变更需求须选择负责该项目的部门");
      } else {
        department = id;
      }
    }
    checks.refuseIfAny();
    // only a call-back sets it, from the case it called back about (CC-3.2.4)
    Object related = variables.get(RELATED_CASE);
    return new CaseIntake(name, company, contact, channel, category, severity, description, project, department,
        related instanceof String number ? number : null);
  }
}
