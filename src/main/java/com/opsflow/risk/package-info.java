/** 风险管理 (OM-5): the quarterly risk identification and assessment round and the company's risk register. */
package com.opsflow.risk;
