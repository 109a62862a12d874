"""Use cases over the store: intake, search, maintenance, demo data. No Qt here.

Every write runs in one transaction that also appends to the change log and the
audit log; every read returns plain read models, never live ORM rows.
"""
