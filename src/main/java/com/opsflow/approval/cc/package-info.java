/** Who is involved in an application (its applicant, those who work or worked its tasks, those copied in) and 抄送. */
package com.opsflow.approval.cc;
