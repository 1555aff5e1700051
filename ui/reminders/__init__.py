"""Reminders in the window: the scheduler, notifications, the tray's hub, the page, its settings."""
