from array import array
from collections.abc import Callable

def decode(
    weights: array[float],
    transitions: array[float],
    labels: int,
    ids: bytes,
    offsets: bytes | array[int],
    lengths: array[int],
    tags: array[int],
    marginals: array[float] | None,
) -> None: ...

class RowCache:
    def clear(self) -> None: ...
    def __len__(self) -> int: ...

def gather(
    groups: list[list[tuple[str, ...]]],
    cache: RowCache,
    pack: Callable[[tuple[str, ...]], bytes],
) -> tuple[bytes, bytes]: ...
