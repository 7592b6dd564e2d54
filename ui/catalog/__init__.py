"""The permit catalog browser: table of permit types, filter, detail panel."""
