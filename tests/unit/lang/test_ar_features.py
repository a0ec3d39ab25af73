"""Arabic CRF features are the same on every run, so retraining reproduces the shipped model byte for byte."""

from __future__ import annotations

import os
import subprocess
import sys

_SCRIPT = """
from workers.lang.ar.features import document_features
from workers.lang.ar.gazetteer import Gazetteer
from workers.lang.ar.tokens import tokenize
text = "قال الرئيس بوش إن شركة بوش أفلست، وأكد جورج بوش أن مدينة بوش هادئة."
for row in document_features(tokenize(text), Gazetteer.load()):
    print("|".join(row))
"""


def _features_with_hash_seed(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True)
    return done.stdout


def test_document_features_do_not_depend_on_the_hash_seed() -> None:
    first = _features_with_hash_seed("1")
    # "بوش" follows a title, a cue word, a given name and a place cue: several document features on one word.
    assert first.count("|d:") >= 4 * 3
    assert first == _features_with_hash_seed("2")
