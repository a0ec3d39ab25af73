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

def gather(
    groups: list[list[tuple[str, ...]]],
    cache: dict[tuple[str, ...], bytes],
    pack: Callable[[tuple[str, ...]], bytes],
) -> tuple[bytes, bytes]: ...
