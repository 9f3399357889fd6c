"""How the attribution scorer sorts gold relations into direct / mixed / indirect."""

from __future__ import annotations

import pytest

from evaluation.attributions import shape_of


@pytest.mark.parametrize(
    ("content", "shape"),
    [
        ("the talks had failed", "indirect"),
        ("“We will not back down”", "direct"),
        ('"We will not back down"', "direct"),
        # Penn Treebank style quotation marks, as some PolNeAR texts print them
        ("``We will not back down''", "direct"),
        ("the plan was ``dead on arrival'' in the Senate this year", "mixed"),
        ("the company ’s shares fell", "indirect"),
    ],
)
def test_shape_of(content: str, shape: str) -> None:
    assert shape_of(content) == shape
