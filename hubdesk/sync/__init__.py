"""Exchanging change packages between nodes through an exchange folder (DESIGN.md, "Exchange").

- :mod:`.keys`: the programme key and where it is kept;
- :mod:`.package`: the package format (models, JSON Schema, sealing and opening);
- :mod:`.exchange`: the folder (writing whole files, reporting what goes wrong);
- :mod:`.scope`: which node keeps which change (privacy);
- :mod:`.codec`: field values between JSON and their columns;
- :mod:`.merge`: a record's state and conflicts from the set of its changes;
- :mod:`.outbox`: export; :mod:`.importer`: validation and import;
- :mod:`.conflicts`: the conflict queue; :mod:`.node`: ``node init``;
- :mod:`.service`: ``SyncService.sync``, what the desktop and ``hubdesk sync`` call.

No Qt here (an import-linter contract checks it). docs/sync-format.md describes the format.
"""
