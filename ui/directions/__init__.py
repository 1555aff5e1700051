"""The "Arahan & Data" section: leadership directions and the data notes posts cite."""
