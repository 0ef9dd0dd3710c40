package com.opsflow.approval.phrase;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewPhrases extends JpaRepository<ReviewPhrase, Long> {

  List<ReviewPhrase> findByOwnerOrderById(String owner);

  long countByOwner(String owner);

  boolean existsByOwnerAndText(String owner, String text);

  Optional<ReviewPhrase> findByIdAndOwner(long id, String owner);
}
