"""The scorer behind ``khabar eval``: gold documents against the pipeline's enriched records."""

from workers.eval.names import actor_matches, names_match, normalise_name
from workers.eval.report import format_table
from workers.eval.scorer import evaluate, evaluate_file, gold_to_raw, read_gold

__all__ = [
    "actor_matches",
    "evaluate",
    "evaluate_file",
    "format_table",
    "gold_to_raw",
    "names_match",
    "normalise_name",
    "read_gold",
]
