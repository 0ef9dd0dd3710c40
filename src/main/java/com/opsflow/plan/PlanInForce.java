package com.opsflow.plan;

/**
 * A plan came into force (已批准, 已备案 or 已发布): told to whoever builds on plans — the company plan gathers the
 * departments' annual plans — without the plan knowing them.
 */
public record PlanInForce(long planId, String number, PlanType type, int year, String department) {
}
