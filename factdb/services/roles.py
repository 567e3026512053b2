"""PostgreSQL roles for analysts: read every table and view, now and later, and write nothing.

Revoking writes only means "writes nothing" for a role that has no other way to write, so
these roles are refused: a superuser, the role factdb connects as, a role owning factdb's
tables or database, and any role that is a member (directly or not) of one of those or of
the predefined roles that write (`_WRITING_ROLES`). As a superuser, granting also takes the
large-object writing functions from PUBLIC (`reader.revoke_large_object_writers`); otherwise
every role keeps them and the grant says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from factdb.errors import InputError, NotFoundError, UnavailableError
from factdb.services.database import Database
from factdb.services.query.reader import revoke_large_object_writers

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
    large_objects: bool
    """Whether every role (PUBLIC) can still write large objects (granted by a non-superuser)."""


_WRITING_ROLES = ("pg_write_all_data", "pg_write_server_files", "pg_execute_server_program")
_REFUSAL = text(
    """
    SELECT r.rolsuper,
           r.rolname IN (session_user, current_user) AS connecting,
           EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = :schema AND pg_has_role(r.oid, c.relowner, 'MEMBER'))
           OR EXISTS (SELECT 1 FROM pg_database d WHERE d.datname = current_database()
                      AND pg_has_role(r.oid, d.datdba, 'MEMBER')) AS owner,
           EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolsuper AND g.oid <> r.oid
                   AND pg_has_role(r.oid, g.oid, 'MEMBER')) AS superuser_member,
           (SELECT string_agg(w, ', ') FROM unnest(CAST(:writing AS text[])) AS w
             WHERE pg_has_role(r.oid, w, 'MEMBER')) AS writing
    FROM pg_roles r WHERE r.rolname = :role
    """
)


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
        db_name = session.scalar(text("SELECT current_database()"))
        schema = session.scalar(text("SELECT current_schema()"))
        assert isinstance(db_name, str) and isinstance(schema, str)
        _refuse_writers(session, role, schema)
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
        superuser = session.scalar(text("SELECT current_setting('is_superuser') = 'on'"))
        if superuser:
            revoke_large_object_writers(session.connection())
        large_objects = session.scalar(
            text("SELECT has_function_privilege(:r, 'lo_from_bytea(oid, bytea)', 'EXECUTE')"),
            {"r": role},
        )
    return AnalystGrant(
        role, db_name, schema, int(relations or 0), bool(can_create), bool(large_objects)
    )


def _refuse_writers(session: Session, role: str, schema: str) -> None:
    """NotFoundError or InputError unless revoking writes from ROLE leaves it writing nothing."""
    found = session.execute(
        _REFUSAL, {"role": role, "schema": schema, "writing": list(_WRITING_ROLES)}
    ).first()
    if found is None:
        raise NotFoundError(f"no PostgreSQL role named {role!r}; create it first")
    reason = None
    if found.rolsuper or found.superuser_member:
        reason = "is a superuser (or a member of one) and can write whatever is granted"
    elif found.connecting:
        reason = "is the role factdb connects as; its writes are factdb's"
    elif found.owner:
        reason = "owns factdb's tables or database (or is a member of their owner)"
    elif found.writing:
        reason = f"is a member of {found.writing}, which write"
    if reason is not None:
        raise InputError(
            role, f"{reason}: refused, nothing was changed; give analysts a role of their own"
        )
