package com.opsflow.risk;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The risks' responses, each risk's latest last. */
public interface RiskResponses extends JpaRepository<RiskResponse, Long> {

  boolean existsByRiskIdAndStatusIn(Long riskId, Collection<ResponseStatus> statuses);

  long countByRiskId(Long riskId);

  List<RiskResponse> findByRiskIdInOrderById(Collection<Long> riskIds);
}
