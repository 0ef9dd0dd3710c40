package com.opsflow.collaboration;

import static com.opsflow.collaboration.ProjectCoordinationProcess.Variables.*;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.SubmissionRefused;

/** Raising and resolving coordination issues. */
@Service
class Coordination {

  private final CollaborationProjects projects;
  private final CoordinationIssues issues;

  Coordination(CollaborationProjects projects, CoordinationIssues issues) {
    this.projects = projects;
    this.issues = issues;
  }

  @Transactional(readOnly = true)
  List<CollaborationProject> executingProjectsOf(String department) {
    return projects.findByStatusOrderById(ProjectStatus.EXECUTING).stream()
        .filter(project -> project.departments().contains(department)).toList();
  }

  @Transactional
  CoordinationIssue raise(Object chosenProject, String department, String user, String issue, String processInstanceId,
      Instant now) {
    Integer id = FieldChecks.integer(chosenProject);
    CollaborationProject project = id == null ? null : projects.findById(id.longValue()).orElse(null);
    if (project == null || !project.departments().contains(department)) {
      throw new SubmissionRefused("请从列表中选择本部门参与的协作项目。");
    }
    if (project.status() != ProjectStatus.EXECUTING) {
      throw new SubmissionRefused("项目 " + project.number() + " 当前为“" + project.status().label() + "”，只有执行中的项目才能提出临时协调。");
    }
    return issues.save(new CoordinationIssue(project.id(), user, department, issue, processInstanceId, now));
  }

  @Transactional
  void resolve(long issueId, String outcome, String lead, Instant now) {
    issues.findById(issueId).orElseThrow().resolve(outcome, lead, now);
  }
}
