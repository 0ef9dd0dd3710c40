package com.opsflow.approval;

import org.springframework.data.jpa.repository.JpaRepository;

interface ManualReminders extends JpaRepository<ManualReminder, String> {
}
