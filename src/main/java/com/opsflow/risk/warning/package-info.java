/**
 * 风险监控与预警 (OM-5.3, CC-3.3.4, SV-2.2.5, SV-5.3): the indicators with their warning and alarm values
 * (risk-indicators.dmn), their values by period from the departments and from other systems, and the warning a value
 * past its threshold raises for the responsible department — one per indicator while it is open; supervisors raise one
 * to 管理层 at any time.
 */
package com.opsflow.risk.warning;
