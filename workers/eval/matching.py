"""One-to-one matching of predictions to gold items.

Every task pairs predictions with gold items one-to-one. We use an optimal matching rather than a greedy pass: the
number of pairs is the largest possible, and among matchings of that size the total quality (word F1 for quotes) is
the largest. Greedy matching depends on the order the pipeline emits items in and can under-count: a prediction that
fits two gold events may take the one a second prediction needed. The optimum does not depend on that order, so the
score is fair to the system; ties are broken by input order (lowest indices first), so it is also deterministic.

The optimum is found with the Hungarian method (shortest augmenting paths with potentials) on integer costs, which
keeps the arithmetic exact.
"""

from __future__ import annotations

from collections.abc import Callable

# Quality in [0, 1] is scaled to an integer so that costs are exact; six decimals is finer than any metric we report.
_QUALITY_SCALE = 1_000_000


def match_one_to_one(
    n_pred: int,
    n_gold: int,
    quality: Callable[[int, int], float | None],
) -> list[tuple[int, int]]:
    """Pair predictions with gold items one-to-one.

    ``quality(p, g)`` is ``None`` when prediction ``p`` may not be paired with gold item ``g``, else a number in
    [0, 1] (1.0 for yes/no matches). Returns ``(p, g)`` pairs sorted by ``p``: a maximum-cardinality matching with the
    largest total quality among those.
    """
    if n_pred == 0 or n_gold == 0:
        return []
    allowed: dict[tuple[int, int], int] = {}
    for p in range(n_pred):
        for g in range(n_gold):
            q = quality(p, g)
            if q is not None:
                allowed[(p, g)] = round(min(max(q, 0.0), 1.0) * _QUALITY_SCALE)
    if not allowed:
        return []
    # Each pair is worth more than the summed quality of any matching, so more pairs always win over better pairs.
    pair_bonus = (min(n_pred, n_gold) + 1) * _QUALITY_SCALE
    transpose = n_pred > n_gold
    n_rows, n_cols = (n_gold, n_pred) if transpose else (n_pred, n_gold)

    def cost(r: int, c: int) -> int:
        key = (c, r) if transpose else (r, c)
        value = allowed.get(key)
        return 0 if value is None else -(pair_bonus + value)

    costs = [[cost(r, c) for c in range(n_cols)] for r in range(n_rows)]
    pairs: list[tuple[int, int]] = []
    for r, c in enumerate(_min_cost_assignment(costs)):
        key = (c, r) if transpose else (r, c)
        if key in allowed:
            pairs.append(key)
    return sorted(pairs)


def _min_cost_assignment(costs: list[list[int]]) -> list[int]:
    """Assign each row a distinct column at least total cost; needs rows <= columns. Returns the column of each row.

    Rows are added one at a time; each addition finds the cheapest augmenting path by Dijkstra over reduced costs
    ``cost - row_pot - col_pot`` (kept non-negative by the potentials) and then shifts the potentials.
    """
    n_rows, n_cols = len(costs), len(costs[0])
    row_pot = [min(row) for row in costs]  # makes every reduced cost non-negative from the start
    col_pot = [0] * n_cols
    col_owner = [-1] * n_cols
    row_col = [-1] * n_rows
    for start in range(n_rows):
        dist = [0] * n_cols  # meaningful once via_row[c] is set
        via_row = [-1] * n_cols
        done = [False] * n_cols
        row_dist = {start: 0}
        frontier = start
        free_col = -1
        while free_col < 0:
            base = row_dist[frontier] - row_pot[frontier]
            for c in range(n_cols):
                if not done[c]:
                    d = base + costs[frontier][c] - col_pot[c]
                    if via_row[c] < 0 or d < dist[c]:
                        dist[c] = d
                        via_row[c] = frontier
            best = min((c for c in range(n_cols) if not done[c]), key=dist.__getitem__)
            done[best] = True
            owner = col_owner[best]
            if owner < 0:
                free_col = best
            else:
                row_dist[owner] = dist[best]
                frontier = owner
        reach = dist[free_col]
        for r, d in row_dist.items():
            row_pot[r] += reach - d
        for c in range(n_cols):
            if done[c]:
                col_pot[c] -= reach - dist[c]
        c = free_col
        while c >= 0:
            r = via_row[c]
            previous = row_col[r]
            col_owner[c] = r
            row_col[r] = c
            c = previous
    return row_col
