"""Find a file by scanning its receipt (or typing its number), show it, print it again."""
