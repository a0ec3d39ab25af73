"""Arabic: normalisation, clitic-aware tokens, gazetteers and a CRF named-entity tagger trained on NewsFANE."""
