"""The DDL files are the source of truth; the code's schemas must agree with them."""

from __future__ import annotations

import re

import duckdb
import pytest

from contract.tables import PRIMARY_KEYS, SCHEMAS
from warehouse.store import INTERNAL_DDL, TABLES_DDL

DUCK_TO_POLARS = {
    "VARCHAR": "String",
    "VARCHAR[]": "List(String)",
    "INTEGER": "Int32",
    "BIGINT": "Int64",
    "DOUBLE": "Float64",
    "BOOLEAN": "Boolean",
    "DATE": "Date",
}


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    c = duckdb.connect()
    c.execute(INTERNAL_DDL.read_text())
    c.execute(TABLES_DDL.read_text())
    return c


def test_tables_and_types_match_code(con: duckdb.DuckDBPyConnection) -> None:
    for table, schema in SCHEMAS.items():
        cols = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? ORDER BY ordinal_position",
            [table],
        ).fetchall()
        assert [c for c, _ in cols] == list(schema), table
        for (col, duck), (_, pol) in zip(cols, schema.items(), strict=True):
            assert DUCK_TO_POLARS[duck] == repr(pol).replace("()", ""), f"{table}.{col}"


def test_every_table_and_column_is_commented(con: duckdb.DuckDBPyConnection) -> None:
    tables = con.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall()
    assert {t for t, _ in tables} >= set(SCHEMAS)
    for table, comment in tables:
        assert comment and len(comment) > 10, f"table {table} has no comment"
        for col, ccomment in con.execute(
            "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = ?", [table]
        ).fetchall():
            assert ccomment and len(ccomment) > 5, f"{table}.{col} has no comment"


def test_primary_keys_declared_in_ddl() -> None:
    """Keys are stated in the table comments (the dataset card shows them) and
    their columns are NOT NULL; they are not index-backed constraints."""
    ddl = TABLES_DDL.read_text()
    assert "PRIMARY KEY (" not in ddl and not re.search(r"\w PRIMARY KEY", ddl)
    for table, pk in PRIMARY_KEYS.items():
        block = re.search(rf"CREATE TABLE {table} \((.*?)\n\);", ddl, re.S)
        assert block, table
        for col in pk:
            assert re.search(rf"\b{col} \w+(\[\])? NOT NULL", block.group(1)), (table, col)
        comment = re.search(rf"COMMENT ON TABLE {table} IS '(.*?)';", ddl)
        assert comment, table
        assert comment.group(1).endswith(f"Primary key: ({', '.join(pk)}).")
