/**
 * 附件: files attached to an application at drafting or at any step — kept with the engine's own attachment API, read
 * by whoever may read the application, checked by content on the way in.
 */
package com.opsflow.approval.attachment;
