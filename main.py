"""Sosmed Desktop entry point: no sub-command opens the window, a sub-command runs headless."""

import gc
import sys

from sosmed_desktop.cli import data_dir_of, parse, run_command
from sosmed_desktop.errors import DomainError


def main() -> int:
    """Parse the arguments and hand over to the GUI or the command line."""
    args = parse()
    if getattr(args, "handler", None) is not None:
        try:
            from ui.console import speak_folder_language
        except ImportError:  # a server without Qt's libraries: the English sources
            pass
        else:
            speak_folder_language(args.data_dir)  # the window's language and words
        return run_command(args)
    try:
        data_dir = data_dir_of(args)
    except DomainError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    # The window runs Python's cycle collector itself, on its own thread only
    # (ui.app.collect_garbage_on_gui_thread); off from here, it does not also run
    # through the imports of the GUI and its first paint (~10 ms of collections).
    gc.disable()
    from ui.app import run_gui

    return run_gui(data_dir, sys.argv)


if __name__ == "__main__":
    sys.exit(main())
