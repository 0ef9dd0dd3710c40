package com.opsflow.approval;

import java.util.List;

/** A business record that goes through review steps: it has a status and a decision trail. */
public interface Reviewed {

  /** The status as people read it, e.g. 审批中. */
  String statusLabel();

  List<TrailEntry> trail();
}
