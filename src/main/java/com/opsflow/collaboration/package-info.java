/**
 * Cross-department collaboration projects (跨部门协作项目, OC-4, CC-3.4, CC-6.2): application, approval by
 * the collaboration group, the plan every participating head approves, progress reports, ad-hoc
 * coordination, acceptance, summary, and the group's commendations and penalties.
 */
package com.opsflow.collaboration;
