"""The private library APIs the product uses still exist and behave as relied on.

Each is isolated in one module (``flows/prefect_private.py``,
``transforms/nlp/spacy_private.py``, ``newsfacts/fast_exit.py``); these tests
fail when an upgrade of the pinned library changes it.
"""

from __future__ import annotations

import inspect
import subprocess
import sys

import spacy
from prefect.task_runners import ProcessPoolTaskRunner
from spacy.attrs import LEMMA, TAG

from flows import prefect_private
from transforms.nlp.spacy_private import normalize_token_attrs


def test_prefect_process_pool_keeps_its_private_executor_and_size() -> None:
    pool = ProcessPoolTaskRunner(max_workers=2)
    assert prefect_private.max_workers(pool) == 2
    assert prefect_private.max_workers(object()) == 0
    assert "_executor" in inspect.getsource(ProcessPoolTaskRunner.__enter__)
    pool.__enter__()
    try:
        assert pool._executor is not None
        assert hasattr(pool._executor, "submit")
    finally:
        pool.__exit__(None, None, None)


def test_spacy_normalize_token_attrs_maps_names_to_ids() -> None:
    vocab = spacy.blank("en").vocab
    out = normalize_token_attrs(vocab, {"TAG": "NNP", "LEMMA": "be"})
    assert out == {TAG: vocab.strings["NNP"], LEMMA: vocab.strings["be"]}


def test_cpython_runs_exit_handlers_on_request() -> None:
    # In a child: running the handlers here would run pytest's and Prefect's too.
    code = (
        "import atexit, os\n"
        "atexit.register(lambda: print('handler ran'))\n"
        "from newsfacts.fast_exit import run_exit_handlers\n"
        "run_exit_handlers()\n"
        "os._exit(0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "handler ran\n"
