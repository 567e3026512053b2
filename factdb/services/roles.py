"""PostgreSQL roles for analysts: read every table and view, now and later, and write nothing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from factdb.errors import NotFoundError, UnavailableError
from factdb.services.database import Database

# Write privileges an earlier grant may have given; revoking them makes "reads only" true.
_WRITE_PRIVILEGES = "INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER"


@dataclass(frozen=True, slots=True)
class AnalystGrant:
    """What grant_analyst did: the role, the schema it reads, and the relations there."""

    role: str
    database: str
    schema: str
    relations: int
    can_create: bool
    """Whether the role can still create tables in the schema (through a grant to PUBLIC)."""


def grant_statements(role: str, database: str, schema: str) -> list[str]:
    """The GRANT, REVOKE and ALTER DEFAULT PRIVILEGES statements for an analyst role.

    All arguments must already be quoted identifiers.
    """
    return [
        f"GRANT CONNECT ON DATABASE {database} TO {role}",
        f"GRANT USAGE ON SCHEMA {schema} TO {role}",
        f"REVOKE CREATE ON SCHEMA {schema} FROM {role}",
        f"REVOKE {_WRITE_PRIVILEGES} ON ALL TABLES IN SCHEMA {schema} FROM {role}",
        f"REVOKE USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} FROM {role}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}",
        # Tables and views that later migrations create (as the role running this) too.
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {role}",
    ]


def grant_analyst(database: Database, role: str) -> AnalystGrant:
    """Let ROLE read every table and view of DATABASE's schema, and future ones, and write nothing.

    Only PostgreSQL has roles; ROLE must exist. The grants are made in one transaction.
    """
    if database.is_sqlite:
        raise UnavailableError("roles are a PostgreSQL feature; this database is SQLite")
    preparer = database.engine.dialect.identifier_preparer
    with database.write() as session:
        exists = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
        if not exists:
            raise NotFoundError(f"no PostgreSQL role named {role!r}; create it first")
        db_name = session.scalar(text("SELECT current_database()"))
        schema = session.scalar(text("SELECT current_schema()"))
        assert isinstance(db_name, str) and isinstance(schema, str)
        for sql in grant_statements(
            preparer.quote_identifier(role),
            preparer.quote_identifier(db_name),
            preparer.quote_identifier(schema),
        ):
            session.execute(text(sql))
        relations = session.scalar(
            text(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = :s"
                " AND has_table_privilege(:r, quote_ident(table_schema) || '.'"
                " || quote_ident(table_name), 'SELECT')"
            ),
            {"s": schema, "r": role},
        )
        can_create = session.scalar(
            text("SELECT has_schema_privilege(:r, :s, 'CREATE')"), {"r": role, "s": schema}
        )
    return AnalystGrant(role, db_name, schema, int(relations or 0), bool(can_create))
