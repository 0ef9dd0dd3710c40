package com.opsflow.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every customer case, open and closed: the 客户反馈台账. */
public interface CustomerCases extends JpaRepository<CustomerCase, Long> {

  long countByNumberStartingWith(String prefix);

  Optional<CustomerCase> findByNumber(String number);

  /** Closed cases not yet called back whose wait is over: everyone's, and key customers' after a shorter wait. */
  @Query("select c from CustomerCase c where c.status = com.opsflow.customer.CaseStatus.CLOSED"
      + " and c.callbackScheduledAt is null and (c.closedAt <= :regularBefore"
      + " or (c.customerCompany in :keyCustomers and c.closedAt <= :keyBefore)) order by c.id")
  List<CustomerCase> dueForCallback(@Param("regularBefore") Instant regularBefore, @Param("keyBefore") Instant keyBefore,
      @Param("keyCustomers") Collection<String> keyCustomers);

  /**
   * The 客户反馈台账, newest first: every filter optional; {@code departments} limits it to the cases given to those
   * departments unless {@code everyDepartment}; {@code overdueAt} keeps the complaints still with their department
   * after their time.
   */
  @Query("select c from CustomerCase c where (:category is null or c.category = :category)"
      + " and (:status is null or c.status = :status)"
      + " and (:department is null or c.responsibleDepartment = :department)"
      + " and (:everyDepartment = true or c.responsibleDepartment in :departments)"
      + " and (cast(:overdueAt as timestamp) is null or (c.status = com.opsflow.customer.CaseStatus.HANDLING and c.handlingDue < :overdueAt))"
      + " and (:text is null or c.number like :text or c.customerName like :text or c.customerCompany like :text)"
      + " order by c.id desc")
  List<CustomerCase> ledger(@Param("category") CaseCategory category, @Param("status") CaseStatus status,
      @Param("department") String department, @Param("everyDepartment") boolean everyDepartment,
      @Param("departments") Collection<String> departments, @Param("overdueAt") Instant overdueAt,
      @Param("text") String text, Pageable page);
}
