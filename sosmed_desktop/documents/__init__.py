"""Documents that leave the PC: approval sheets, package previews, monthly reports."""
