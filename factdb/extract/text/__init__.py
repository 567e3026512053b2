"""Text helpers shared by the quote and claim extractors: word lists and sentences."""
