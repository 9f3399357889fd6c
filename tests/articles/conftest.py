from __future__ import annotations

import pytest

from transforms.articles.language import init_language_detection


@pytest.fixture(scope="session", autouse=True)
def _language_detection() -> None:
    init_language_detection()
