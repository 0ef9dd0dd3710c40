package com.opsflow.approval.signer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AddedSigners extends JpaRepository<AddedSigner, Long> {

  List<AddedSigner> findByTaskIdOrderByIdAsc(String taskId);

  Optional<AddedSigner> findBySubtaskId(String subtaskId);
}
