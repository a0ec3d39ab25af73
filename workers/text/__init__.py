"""Text handling shared by every language: cleaning, HTML to text, language identification, sentences."""
