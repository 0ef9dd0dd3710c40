package com.opsflow.approval.deadline;

import org.springframework.data.jpa.repository.JpaRepository;


interface ManualReminders extends JpaRepository<ManualReminder, String> {
}
