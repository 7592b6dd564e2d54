"""Public status page adapter. Imports the core only."""
