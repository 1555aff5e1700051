"""Sosmed Desktop core: data, services and rules, with no Qt dependency."""

__version__ = "0.1.0"
APP_NAME = "SosmedDesktop"
APP_DISPLAY_NAME = "Sosmed Desktop"
