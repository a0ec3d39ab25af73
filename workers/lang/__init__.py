"""Language packs: the per-language analysis (tokens, names, models) behind the pipeline's stages."""
