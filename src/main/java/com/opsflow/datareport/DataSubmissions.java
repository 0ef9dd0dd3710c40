package com.opsflow.datareport;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The departments' monthly submissions. */
public interface DataSubmissions extends JpaRepository<DataSubmission, Long> {

  Optional<DataSubmission> findByReportIdAndDepartment(Long reportId, String department);

  List<DataSubmission> findByReportIdOrderById(Long reportId);
}
