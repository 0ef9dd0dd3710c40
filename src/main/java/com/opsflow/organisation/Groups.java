package com.opsflow.organisation;

/**
 * Conventions by which the organisation lives in Camunda groups, so that an administrator changes it
 * in Camunda Admin: a department is a group of type {@value #DEPARTMENT}; its head(s) are the members of
 * the group {@code <department>Head} (e.g. {@code mktHead}) of type {@value #DEPARTMENT_HEAD}; company-wide roles are groups
 * of type {@value #ROLE}.
 */
public final class Groups {

  public static final String DEPARTMENT = "department";
  public static final String DEPARTMENT_HEAD = "department-head";
  public static final String ROLE = "role";
  /** Groups of technical users (other systems calling the API); they get no web app. */
  public static final String SYSTEM = "system";

  /** 公司管理层 (OM-2). */
  public static final String MANAGEMENT = "management";
  /** 运营部: a department that also consolidates and reviews every plan (OM-3). */
  public static final String OPERATIONS = "ops";
  /** 跨部门协作管理小组 (OC-4.1.2). */
  public static final String COLLABORATION_GROUP = "collaboration";
  /** 运营督导 (SV-2). */
  public static final String SUPERVISORS = "supervisors";
  /** 流程管理员: the process owners, the only ones who deploy changed diagrams (from Camunda Modeler). */
  public static final String PROCESS_OWNERS = "processOwners";
  /** Other systems that file customer cases (a web form, the call centre) through {@code POST /api/customer-cases}. */
  public static final String CASE_INTAKE = "caseIntake";
  /** Other systems that post indicator values (OM-5.3) through {@code POST /api/indicator-values}. */
  public static final String INDICATOR_INTAKE = "indicatorIntake";
  /** Camunda's administrators group, created by the starter for the admin user. */
  public static final String ADMINISTRATORS = "camunda-admin";

  private static final String HEAD_SUFFIX = "Head";

  private Groups() {
  }

  public static String headGroupOf(String department) {
    return department + HEAD_SUFFIX;
  }
}
