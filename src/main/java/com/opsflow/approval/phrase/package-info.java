/**
 * 常用意见: a reviewer's own saved phrases and the company's defaults, offered beside every 审批意见.
 */
package com.opsflow.approval.phrase;
