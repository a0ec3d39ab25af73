"""English: spaCy's small English model for names and syntax, plus rules, lexicons and gazetteers for news text."""
