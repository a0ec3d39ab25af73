from array import array

def decode(
    weights: array[float],
    transitions: array[float],
    labels: int,
    ids: bytes,
    offsets: array[int],
    lengths: array[int],
    tags: array[int],
    marginals: array[float] | None,
) -> None: ...
