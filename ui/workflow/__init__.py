"""Words and questions of the approval flow shared by the editor, the board and the Paket page."""
