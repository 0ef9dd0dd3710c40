package com.opsflow.risk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.risk.RiskAssessmentProcess.TextFields;

/**
 * The risks a department submitted in 识别与评估风险 (OM-5.1), checked on the server: a category, a description, a
 * likelihood and an impact from 1 to 5 each; a reassessed risk must be one of the department's open register risks,
 * and only once. The level comes from the risk matrix.
 */
final class IdentifiedRisks {

  static final int MAX_RISKS = 50;

  private IdentifiedRisks() {
  }

  static List<RiskItem> from(Object submitted, Set<Long> ownOpenRisks, RiskMatrix matrix) {
    FieldChecks checks = new FieldChecks();
    List<Map<String, Object>> rows = FieldChecks.rows(submitted);
    List<RiskItem> items = new ArrayList<>();
    if (rows == null || rows.isEmpty()) {
      checks.add("请至少识别一项风险（没有新风险时，也请对台账中本部门的风险重新评估）");
    } else if (rows.size() > MAX_RISKS) {
      checks.add("一次最多登记 " + MAX_RISKS + " 项风险（当前 " + rows.size() + " 项）");
    } else {
      Set<Long> reassessed = new HashSet<>();
      for (int i = 0; i < rows.size(); i++) {
        Map<String, Object> row = rows.get(i);
        String at = "第 " + (i + 1) + " 项风险";
        Long existing = existing(row.get("existingRisk"), at, ownOpenRisks, checks);
        if (existing != null && !reassessed.add(existing)) {
          checks.add(at + "与前面的风险是台账中的同一项，请合并");
        }
        RiskCategory category = RiskCategory.parse(row.get("category")).orElse(null);
        if (category == null) {
          checks.add(at + "请选择风险类别（市场、财务、法律、人力资源、运营或信息安全）");
        }
        String description = checks.text(row, at + "的", TextFields.RISKS_DESCRIPTION, true);
        Integer likelihood = score(row.get("likelihood"), at + "的可能性", checks);
        Integer impact = score(row.get("impact"), at + "的影响程度", checks);
        if (category != null && description != null && likelihood != null && impact != null) {
          items.add(new RiskItem(existing, category, description, likelihood, impact, matrix.levelOf(likelihood, impact)));
        }
      }
    }
    checks.refuseIfAny();
    return items;
  }

  private static Long existing(Object value, String at, Set<Long> ownOpenRisks, FieldChecks checks) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    Integer id = FieldChecks.integer(value);
    if (id == null || !ownOpenRisks.contains(id.longValue())) {
      checks.add(at + "所选的台账风险“" + value + "”不是本部门台账中的风险");
      return null;
    }
    return id.longValue();
  }

  private static Integer score(Object value, String field, FieldChecks checks) {
    Integer score = FieldChecks.integer(value);
    if (score == null || score < 1 || score > 5) {
      checks.add(field + "须为 1 至 5 的整数");
      return null;
    }
    return score;
  }
}
