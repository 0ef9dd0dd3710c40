package com.opsflow.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;

import com.opsflow.approval.DecisionTrail;
import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.Reviewed;
import com.opsflow.approval.TrailEntry;

/**
 * One customer contact and everything done about it (客户反馈台账, CC-3.2): who the customer is (personal data:
 * only 客服部, the responsible department and 管理层 read it), what they said, the answer or the complaint's
 * handling, the customer's satisfaction, and the trail.
 */
@Entity
@Table(name = "customer_case")
public class CustomerCase implements Reviewed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "case_number", nullable = false)
  private String number;
  @Column(name = "customer_name", nullable = false)
  private String customerName;
  @Column(name = "customer_company")
  private String customerCompany;
  @Column(name = "customer_contact", nullable = false)
  private String customerContact;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseChannel channel;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseCategory category;
  @Enumerated(EnumType.STRING)
  private CaseSeverity severity;
  @Column(nullable = false)
  private String description;
  @Column(name = "project_name")
  private String projectName;
  /** Who recorded the contact; the case's owner in 客服部, who replies to the customer. */
  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;
  @Column(name = "responsible_department")
  private String responsibleDepartment;
  @Column(name = "responsible_department_name")
  private String responsibleDepartmentName;
  private String answer;
  @Column(name = "complaint_details")
  private String complaintDetails;
  private String investigation;
  private String solution;
  @Column(name = "handling_due")
  private Instant handlingDue;
  @Column(name = "handling_result")
  private String handlingResult;
  /** The responsible department answered after its time limit, in any round (TC-6.2 counts it). */
  @Column(name = "handled_late", nullable = false)
  private boolean handledLate;
  @Column(name = "customer_reply")
  private String customerReply;
  @Enumerated(EnumType.STRING)
  private Satisfaction satisfaction;
  @Column(name = "customer_opinion")
  private String customerOpinion;
  /** 1 for the first handling; each 不满意 adds one. */
  @Column(name = "handling_round", nullable = false)
  private int round;
  private String analysis;
  private String improvements;
  /** The analysis found the complaint to be the responsible department's fault (TC-6.2). */
  @Column(name = "department_at_fault", nullable = false)
  private boolean departmentAtFault;
  @Column(name = "scope_impact")
  private String scopeImpact;
  @Column(name = "time_impact_days")
  private Integer timeImpactDays;
  @Column(name = "cost_impact")
  private BigDecimal costImpact;
  @Column(name = "change_solution")
  private String changeSolution;
  /** The rectification the case analysis started, by its business key (KF-2026-0001-1). */
  private String rectification;
  /** The case a call-back of which raised this one (CC-3.2.4). */
  @Column(name = "related_case")
  private String relatedCase;
  @Column(name = "callback_scheduled_at")
  private Instant callbackScheduledAt;
  @Column(name = "called_back_at")
  private Instant calledBackAt;
  @Column(name = "called_back_by")
  private String calledBackBy;
  @Column(name = "callback_opinion")
  private String callbackOpinion;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;
  @Column(name = "closed_at")
  private Instant closedAt;

  @Embedded
  @AssociationOverride(name = "entries",
      joinTable = @JoinTable(name = "customer_case_trail", joinColumns = @JoinColumn(name = "case_id")))
  private DecisionTrail trail = new DecisionTrail();

  protected CustomerCase() {
  }

  CustomerCase(String number, CaseIntake intake, String recordedBy, String recordedByName, String processInstanceId,
      Instant now) {
    this.number = number;
    this.customerName = intake.customerName();
    this.customerCompany = intake.customerCompany();
    this.customerContact = intake.customerContact();
    this.channel = intake.channel();
    this.category = intake.category();
    this.severity = intake.severity();
    this.description = intake.description();
    this.projectName = intake.projectName();
    this.responsibleDepartment = intake.responsibleDepartment();
    this.relatedCase = intake.relatedCase();
    this.recordedBy = recordedBy;
    this.processInstanceId = processInstanceId;
    this.status = intake.category() == CaseCategory.CHANGE_REQUEST ? CaseStatus.ASSESSING
        : intake.category() == CaseCategory.COMPLAINT ? CaseStatus.INVESTIGATING : CaseStatus.RECEIVED;
    this.round = 1;
    this.recordedAt = now;
    trail.event("接待与记录", "登记" + category.label() + "（" + channel.label() + "）", recordedBy, recordedByName,
        relatedCase == null ? null : "回访 " + relatedCase + " 时客户提出", now);
  }

  void callbackScheduled(Instant now) {
    this.callbackScheduledAt = now;
  }

  void calledBack(String opinion, String caller, String callerName, Instant now) {
    this.calledBackAt = now;
    this.calledBackBy = caller;
    this.callbackOpinion = opinion;
    trail.event("客户回访", "已回访", caller, callerName, opinion, now);
  }

  void answeredOnTheSpot(String answer, String actor, String actorName, Instant now) {
    this.answer = answer;
    trail.event("受理咨询与建议", "当场答复", actor, actorName, answer, now);
    close(now);
  }

  void transferred(String department, String departmentName, String actor, String actorName, Instant now) {
    this.responsibleDepartment = department;
    this.responsibleDepartmentName = departmentName;
    this.status = CaseStatus.TRANSFERRED;
    trail.event("受理咨询与建议", "转交" + departmentName + "解答", actor, actorName, null, now);
  }

  void answeredByDepartment(String answer, String actor, String actorName, Instant now) {
    this.answer = answer;
    this.status = CaseStatus.REPLIED;
    trail.event("部门解答", "已解答", actor, actorName, answer, now);
  }

  void investigated(String details, String investigation, String actor, String actorName, Instant now) {
    this.complaintDetails = details;
    this.investigation = investigation;
    trail.event("安抚与调查核实", "已核实", actor, actorName, investigation, now);
  }

  void handlingDecided(String department, String departmentName, String solution, String actor, String actorName,
      Instant now) {
    this.responsibleDepartment = department;
    this.responsibleDepartmentName = departmentName;
    this.solution = solution;
    this.status = CaseStatus.HANDLING;
    trail.event("确定责任部门与处理方案", "交" + departmentName + "处理", actor, actorName, solution, now);
  }

  void handlingDue(Instant due) {
    this.handlingDue = due;
  }

  void reportedToManagement(Instant now) {
    trail.event("报告管理层", "重大投诉已报告管理层", null, null, null, now);
  }

  /** The responsible department's result; late when after the time limit of this round. */
  void handled(String result, String actor, String actorName, Instant now) {
    boolean late = handlingDue != null && now.isAfter(handlingDue);
    this.handledLate |= late;
    this.handlingResult = result;
    this.status = CaseStatus.REPLIED;
    trail.event("责任部门处理", late ? "逾期处理完毕" : "处理完毕", actor, actorName, result, now);
  }

  void replied(String reply, String actor, String actorName, Instant now) {
    this.customerReply = reply;
    trail.event("答复客户", "已答复客户", actor, actorName, reply, now);
    if (category == CaseCategory.ENQUIRY || category == CaseCategory.SUGGESTION) {
      close(now);
    }
  }

  void satisfactionRecorded(Satisfaction satisfaction, String opinion, String actor, String actorName, Instant now) {
    this.satisfaction = satisfaction;
    this.customerOpinion = opinion;
    trail.event("记录客户满意度", satisfaction.label(), actor, actorName, opinion, now);
    if (satisfaction == Satisfaction.UNSATISFIED) {
      this.round++;
      this.status = CaseStatus.REOPENED;
    } else {
      this.status = CaseStatus.ANALYSING;
    }
  }

  void analysed(String analysis, String improvements, boolean departmentAtFault, String actor, String actorName,
      Instant now) {
    this.analysis = analysis;
    this.improvements = improvements;
    this.departmentAtFault = departmentAtFault;
    trail.event("案例分析", departmentAtFault ? "已分析，责任在" + responsibleDepartmentName : "已分析", actor, actorName,
        improvements, now);
    close(now);
  }

  void rectificationStarted(String rectification, String actor, String actorName, Instant now) {
    this.rectification = rectification;
    trail.event("案例分析", "启动整改 " + rectification, actor, actorName, null, now);
  }

  void changeAssessed(String scope, int days, BigDecimal cost, String solution, String actor, String actorName,
      Instant now) {
    this.scopeImpact = scope;
    this.timeImpactDays = days;
    this.costImpact = cost;
    this.changeSolution = solution;
    this.status = CaseStatus.IN_REVIEW;
    trail.submitted("评估变更影响", trail.entries().stream().anyMatch(e -> e.decision() != null), actor, actorName, now);
  }

  void decide(String step, ReviewSubmission submission, String actor, String actorName, Instant now) {
    trail.decided(step, submission, actor, actorName, now);
    if (submission.decision() == ReviewDecision.RETURN) {
      this.status = CaseStatus.ASSESSING;
    } else if (submission.decision() == ReviewDecision.REJECT) {
      this.status = CaseStatus.REJECTED;
    }
  }

  void changeApproved(Instant now) {
    this.status = CaseStatus.APPROVED;
  }

  void changeCommunicated(String reply, String actor, String actorName, Instant now) {
    this.customerReply = reply;
    trail.event("告知客户变更方案", status == CaseStatus.APPROVED ? "已告知客户变更方案" : "已告知客户未获批准",
        actor, actorName, reply, now);
    close(now);
  }

  private void close(Instant now) {
    this.status = CaseStatus.CLOSED;
    this.closedAt = now;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String customerName() {
    return customerName;
  }

  public String customerCompany() {
    return customerCompany;
  }

  public String customerContact() {
    return customerContact;
  }

  public CaseChannel channel() {
    return channel;
  }

  public CaseCategory category() {
    return category;
  }

  public CaseSeverity severity() {
    return severity;
  }

  public String description() {
    return description;
  }

  public String projectName() {
    return projectName;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public CaseStatus status() {
    return status;
  }

  @Override
  public String statusLabel() {
    return status.label();
  }

  public String responsibleDepartment() {
    return responsibleDepartment;
  }

  public String responsibleDepartmentName() {
    return responsibleDepartmentName;
  }

  public String answer() {
    return answer;
  }

  public String complaintDetails() {
    return complaintDetails;
  }

  public String investigation() {
    return investigation;
  }

  public String solution() {
    return solution;
  }

  public Instant handlingDue() {
    return handlingDue;
  }

  public String handlingResult() {
    return handlingResult;
  }

  public boolean handledLate() {
    return handledLate;
  }

  public String customerReply() {
    return customerReply;
  }

  public Satisfaction satisfaction() {
    return satisfaction;
  }

  public String customerOpinion() {
    return customerOpinion;
  }

  public int round() {
    return round;
  }

  public String analysis() {
    return analysis;
  }

  public String improvements() {
    return improvements;
  }

  public boolean departmentAtFault() {
    return departmentAtFault;
  }

  public String scopeImpact() {
    return scopeImpact;
  }

  public Integer timeImpactDays() {
    return timeImpactDays;
  }

  public BigDecimal costImpact() {
    return costImpact;
  }

  public String changeSolution() {
    return changeSolution;
  }

  public String rectification() {
    return rectification;
  }

  public String relatedCase() {
    return relatedCase;
  }

  public Instant calledBackAt() {
    return calledBackAt;
  }

  public String callbackOpinion() {
    return callbackOpinion;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  @Override
  public List<TrailEntry> trail() {
    return trail.entries();
  }
}
