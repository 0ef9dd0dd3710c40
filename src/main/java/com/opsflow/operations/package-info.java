/** What the people who run the system watch: health, Prometheus metrics of the company's workload, the 运营看板 for 管理层. */
package com.opsflow.operations;
