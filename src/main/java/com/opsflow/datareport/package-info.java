/**
 * 数据报送与分析 (OC-2.3, OM-7, CC-3.3): each month every department submits its indicators' values — late ones are
 * chased, values past a threshold raise warnings (OM-5.3) — then 数据分析部 writes the 数据分析报告 from them, 管理层
 * take note or ask back, and the departments get it.
 */
package com.opsflow.datareport;
