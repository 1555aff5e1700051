"""Posts and their approval flow: writing, checking, submitting, approving, publishing."""
