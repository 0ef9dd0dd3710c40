package com.opsflow.plan.company;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A department's annual plan as the company plan holds it: which plan, which version, whose. */
@Embeddable
public class DepartmentPlan {

  @Column(name = "plan_number", nullable = false)
  private String number;
  @Column(name = "plan_version", nullable = false)
  private int version;
  @Column(nullable = false)
  private String department;
  @Column(name = "department_name", nullable = false)
  private String departmentName;
  @Column(nullable = false)
  private String title;

  protected DepartmentPlan() {
  }

  DepartmentPlan(String number, int version, String department, String departmentName, String title) {
    this.number = number;
    this.version = version;
    this.department = department;
    this.departmentName = departmentName;
    this.title = title;
  }

  public String number() {
    return number;
  }

  public int version() {
    return version;
  }

  public String department() {
    return department;
  }

  public String departmentName() {
    return departmentName;
  }

  public String title() {
    return title;
  }
}
