package com.opsflow.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.plan.OperationPlanApprovalProcess.TextFields;

/**
 * What the drafter answered in 关联上级计划事项, checked on the server: one row per item of the plan, in order,
 * each naming an item of the parent plan or saying why it breaks none down (OM-3.2, OM-3.3).
 */
final class ParentLinks {

  private ParentLinks() {
  }

  /** The plan's items, each linked to its parent item or carrying its reason; refused with every problem at once. */
  static List<PlanItem> from(Object submitted, OperationPlan plan, OperationPlan parent) {
    List<PlanItem> items = plan.items();
    List<Map<String, Object>> rows = FieldChecks.rows(submitted);
    if (rows == null || rows.size() != items.size()) {
      throw new SubmissionRefused("上级计划事项的对应关系格式不正确：应为本计划的每项事项各一行（共 " + items.size() + " 行）。");
    }
    FieldChecks checks = new FieldChecks();
    List<PlanItem> linked = new ArrayList<>();
    List<PlanItem> parentItems = parent.items();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String at = "第 " + (i + 1) + " 项计划事项";
      String reason = checks.text(row, at + "的", TextFields.PARENT_LINKS_REASON, false);
      Object chosen = row.get("parent");
      if (chosen == null || chosen.toString().isBlank()) {
        if (reason == null) {
          checks.add(at + "请选择它分解的" + parent.type().label() + "事项，或说明没有上级事项的理由");
        } else {
          linked.add(items.get(i).unlinked(reason));
        }
        continue;
      }
      Integer no = FieldChecks.integer(chosen);
      if (no == null || no < 1 || no > parentItems.size()) {
        checks.add(at + "所选的上级事项“" + chosen + "”不在" + parent.number() + "中");
      } else {
        linked.add(items.get(i).linkedTo(no, parentItems.get(no - 1).label()));
      }
    }
    checks.refuseIfAny();
    return linked;
  }
}
