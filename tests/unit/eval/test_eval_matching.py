"""One-to-one matching: maximum cardinality first, then maximum total quality."""

import itertools
import random

from workers.eval.matching import match_one_to_one


def _best_by_brute_force(n_pred: int, n_gold: int, table: dict[tuple[int, int], float | None]) -> tuple[int, float]:
    """(pairs, total quality) of the best matching, by trying every injective partial assignment."""
    best = (0, 0.0)
    golds: list[int | None] = [*range(n_gold), None]
    for choice in itertools.product(golds, repeat=n_pred):
        used = [g for g in choice if g is not None]
        if len(used) != len(set(used)):
            continue
        pairs = [(p, g) for p, g in enumerate(choice) if g is not None]
        if any(table[pair] is None for pair in pairs):
            continue
        value = (len(pairs), round(sum(table[pair] or 0.0 for pair in pairs), 6))
        best = max(best, value)
    return best


def test_each_gold_item_is_used_once() -> None:
    pairs = match_one_to_one(2, 1, lambda p, g: 1.0)
    assert pairs == [(0, 0)]


def test_more_pairs_beat_better_pairs() -> None:
    # Greedy by quality would take (0, 0) at 0.9 and leave prediction 1 unmatched.
    table = {(0, 0): 0.9, (0, 1): 0.6, (1, 0): 0.6, (1, 1): None}
    pairs = match_one_to_one(2, 2, lambda p, g: table[(p, g)])
    assert pairs == [(0, 1), (1, 0)]


def test_among_equal_sizes_higher_quality_wins() -> None:
    table = {(0, 0): 0.5, (0, 1): 1.0, (1, 0): 1.0, (1, 1): 0.5}
    assert match_one_to_one(2, 2, lambda p, g: table[(p, g)]) == [(0, 1), (1, 0)]


def test_no_allowed_pair_gives_no_match() -> None:
    assert match_one_to_one(3, 2, lambda p, g: None) == []


def test_empty_sides_give_no_match() -> None:
    assert match_one_to_one(0, 4, lambda p, g: 1.0) == []
    assert match_one_to_one(4, 0, lambda p, g: 1.0) == []


def test_agrees_with_brute_force_on_random_tables() -> None:
    rng = random.Random(20230904)
    for _ in range(400):
        n_pred, n_gold = rng.randint(1, 5), rng.randint(1, 5)
        table: dict[tuple[int, int], float | None] = {
            (p, g): rng.choice([None, None, 1.0, 0.0, round(rng.random(), 3)])
            for p in range(n_pred)
            for g in range(n_gold)
        }

        def quality(p: int, g: int, table: dict[tuple[int, int], float | None] = table) -> float | None:
            return table[(p, g)]

        pairs = match_one_to_one(n_pred, n_gold, quality)
        assert len({p for p, _ in pairs}) == len(pairs) == len({g for _, g in pairs})
        assert all(table[pair] is not None for pair in pairs)
        got = (len(pairs), round(sum(table[pair] or 0.0 for pair in pairs), 6))
        assert got == _best_by_brute_force(n_pred, n_gold, table)
