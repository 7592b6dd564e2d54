"""The print journal on the desktop: sending off the UI thread, the queue dock, the status indicator."""
