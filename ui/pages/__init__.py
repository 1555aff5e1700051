"""One page per sidebar section."""
