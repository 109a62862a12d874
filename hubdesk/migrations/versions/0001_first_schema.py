"""First schema: replicated records, change log, audit log, person index and its FTS5 table.

Revision ID: 0001
Revises:
Create Date: 2026-11-27 00:29:51.869524
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_events',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('node_id', sa.Uuid(), nullable=False),
    sa.Column('worker_id', sa.Uuid(), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=True),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_person_id'), ['person_id'], unique=False)

    op.create_table('change_log',
    sa.Column('change_id', sa.Uuid(), nullable=False),
    sa.Column('lamport', sa.Integer(), nullable=False),
    sa.Column('node_id', sa.Uuid(), nullable=False),
    sa.Column('worker_id', sa.Uuid(), nullable=True),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('op', sa.String(length=40), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('exported_seq', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('change_id', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_lamport'), ['lamport'], unique=False)
        batch_op.create_index('ix_change_log_node', ['node_id', 'lamport'], unique=False)
        batch_op.create_index('ix_change_log_record', ['entity', 'record_id'], unique=False)

    op.create_table('hubs',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('stadsdeel', sa.String(length=40), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('retention_months', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hubs'))
    )
    op.create_table('node_state',
    sa.Column('singleton', sa.Integer(), nullable=False),
    sa.Column('node_id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sandbox', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('singleton', name=op.f('pk_node_state'))
    )
    op.create_table('partners',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('offers', sa.Text(), nullable=False),
    sa.Column('refer_when', sa.Text(), nullable=False),
    sa.Column('contact_person', sa.String(length=120), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('website', sa.String(length=200), nullable=False),
    sa.Column('referral_fields', sa.JSON(), nullable=False),
    sa.Column('agreement_in_place', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partners')),
    sa.UniqueConstraint('code', name=op.f('uq_partners_code'))
    )
    op.create_table('step_types',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_nl', sa.String(length=80), nullable=False),
    sa.Column('name_en', sa.String(length=80), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_types')),
    sa.UniqueConstraint('code', name=op.f('uq_step_types_code'))
    )
    op.create_table('enterprises',
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('trade_name', sa.String(length=160), nullable=False),
    sa.Column('kvk_number', sa.String(length=8), nullable=True),
    sa.Column('vestigingsnummer', sa.String(length=12), nullable=True),
    sa.Column('legal_form', sa.String(length=40), nullable=False),
    sa.Column('sbi_code', sa.String(length=6), nullable=True),
    sa.Column('sbi_version', sa.String(length=8), nullable=True),
    sa.Column('stage', sa.String(length=40), nullable=False),
    sa.Column('activity', sa.Text(), nullable=False),
    sa.Column('mission', sa.Text(), nullable=False),
    sa.Column('business_postcode', sa.String(length=7), nullable=True),
    sa.Column('business_house_number', sa.String(length=12), nullable=True),
    sa.Column('founded_on', sa.Date(), nullable=True),
    sa.Column('impact_areas', sa.JSON(), nullable=False),
    sa.Column('employees_total', sa.Integer(), nullable=True),
    sa.Column('employees_target_group', sa.Integer(), nullable=True),
    sa.Column('retention_until', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], name=op.f('fk_enterprises_hub_id_hubs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enterprises'))
    )
    with op.batch_alter_table('enterprises', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enterprises_hub_id'), ['hub_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enterprises_kvk_number'), ['kvk_number'], unique=False)

    op.create_table('nodes',
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], name=op.f('fk_nodes_hub_id_hubs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nodes'))
    )
    with op.batch_alter_table('nodes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_nodes_hub_id'), ['hub_id'], unique=False)

    op.create_table('persons',
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('given_name', sa.String(length=80), nullable=False),
    sa.Column('infix', sa.String(length=20), nullable=False),
    sa.Column('family_name', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone_e164', sa.String(length=20), nullable=True),
    sa.Column('preferred_language', sa.String(length=40), nullable=False),
    sa.Column('home_postcode', sa.String(length=7), nullable=True),
    sa.Column('stadsdeel', sa.String(length=40), nullable=True),
    sa.Column('wijk', sa.String(length=80), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('income_situation', sa.String(length=40), nullable=False),
    sa.Column('pseudonym_id', sa.String(length=32), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('last_contact_at', sa.DateTime(), nullable=False),
    sa.Column('retention_until', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], name=op.f('fk_persons_hub_id_hubs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons')),
    sa.UniqueConstraint('pseudonym_id', name=op.f('uq_persons_pseudonym_id'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_persons_hub_id'), ['hub_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_persons_phone_e164'), ['phone_e164'], unique=False)

    op.create_table('workers',
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], name=op.f('fk_workers_hub_id_hubs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workers')),
    sa.UniqueConstraint('username', name=op.f('uq_workers_username'))
    )
    with op.batch_alter_table('workers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workers_hub_id'), ['hub_id'], unique=False)

    op.create_table('consents',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('purpose', sa.String(length=40), nullable=False),
    sa.Column('partner_id', sa.Uuid(), nullable=True),
    sa.Column('data_items', sa.JSON(), nullable=False),
    sa.Column('text_version', sa.String(length=40), nullable=False),
    sa.Column('method', sa.String(length=40), nullable=False),
    sa.Column('given_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.Uuid(), nullable=True),
    sa.Column('withdrawn_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], name=op.f('fk_consents_hub_id_hubs')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_consents_partner_id_partners')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_consents_person_id_persons')),
    sa.ForeignKeyConstraint(['recorded_by'], ['workers.id'], name=op.f('fk_consents_recorded_by_workers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consents_person_id'), ['person_id'], unique=False)

    op.create_table('notes',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('enterprise_id', sa.Uuid(), nullable=True),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('author_id', sa.Uuid(), nullable=True),
    sa.Column('written_at', sa.DateTime(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('visibility', sa.String(length=40), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['workers.id'], name=op.f('fk_notes_author_id_workers')),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_notes_enterprise_id_enterprises')),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], name=op.f('fk_notes_hub_id_hubs')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_notes_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notes'))
    )
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notes_person_id'), ['person_id'], unique=False)

    op.create_table('person_enterprises',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('enterprise_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_person_enterprises_enterprise_id_enterprises')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_person_enterprises_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_enterprises'))
    )
    with op.batch_alter_table('person_enterprises', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_enterprises_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_enterprises_person_id'), ['person_id'], unique=False)

    op.create_table('person_index',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('stadsdeel', sa.String(length=20), nullable=True),
    sa.Column('stage', sa.String(length=20), nullable=True),
    sa.Column('open_trajectory', sa.Boolean(), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('last_contact_at', sa.DateTime(), nullable=False),
    sa.Column('display_name', sa.String(length=220), nullable=False),
    sa.Column('enterprise_name', sa.String(length=160), nullable=False),
    sa.Column('sort_key', sa.String(length=200), nullable=False),
    sa.Column('given_key', sa.String(length=80), nullable=False),
    sa.Column('family_key', sa.String(length=120), nullable=False),
    sa.Column('doc', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_person_index_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_index')),
    sa.UniqueConstraint('person_id', name=op.f('uq_person_index_person_id'))
    )
    with op.batch_alter_table('person_index', schema=None) as batch_op:
        batch_op.create_index('ix_person_index_registered', ['registered_at'], unique=False)
        batch_op.create_index('ix_person_index_sort', ['sort_key'], unique=False)
        batch_op.create_index('ix_person_index_stadsdeel_family', ['stadsdeel', 'family_key'], unique=False)
        batch_op.create_index('ix_person_index_stadsdeel_given', ['stadsdeel', 'given_key'], unique=False)
        batch_op.create_index('ix_person_index_stadsdeel_sort', ['stadsdeel', 'sort_key'], unique=False)
        batch_op.create_index('ix_person_index_stage_sort', ['stage', 'sort_key'], unique=False)

    op.create_table('procurement_matches',
    sa.Column('enterprise_id', sa.Uuid(), nullable=False),
    sa.Column('buyer', sa.String(length=160), nullable=False),
    sa.Column('route', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('value_band', sa.String(length=40), nullable=False),
    sa.Column('matched_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_procurement_matches_enterprise_id_enterprises')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procurement_matches'))
    )
    with op.batch_alter_table('procurement_matches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procurement_matches_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('recognitions',
    sa.Column('enterprise_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('pso_level', sa.String(length=40), nullable=True),
    sa.Column('awarded_on', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_recognitions_enterprise_id_enterprises')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recognitions'))
    )
    with op.batch_alter_table('recognitions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recognitions_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('trajectories',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('enterprise_id', sa.Uuid(), nullable=True),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('lead_worker_id', sa.Uuid(), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('stage_at_start', sa.String(length=40), nullable=True),
    sa.Column('stage_at_end', sa.String(length=40), nullable=True),
    sa.Column('programme_tags', sa.JSON(), nullable=False),
    sa.Column('close_reason', sa.String(length=40), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_trajectories_enterprise_id_enterprises')),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], name=op.f('fk_trajectories_hub_id_hubs')),
    sa.ForeignKeyConstraint(['lead_worker_id'], ['workers.id'], name=op.f('fk_trajectories_lead_worker_id_workers')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_trajectories_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trajectories'))
    )
    with op.batch_alter_table('trajectories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trajectories_hub_id'), ['hub_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_trajectories_person_id'), ['person_id'], unique=False)

    op.create_table('visits',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('enterprise_id', sa.Uuid(), nullable=True),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('worker_id', sa.Uuid(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('channel', sa.String(length=40), nullable=False),
    sa.Column('referred_in_by', sa.String(length=160), nullable=False),
    sa.Column('needs', sa.JSON(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_visits_enterprise_id_enterprises')),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], name=op.f('fk_visits_hub_id_hubs')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_visits_person_id_persons')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_visits_worker_id_workers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visits_hub_id'), ['hub_id'], unique=False)
        batch_op.create_index('ix_visits_person_at', ['person_id', 'at'], unique=False)

    op.create_table('work_placements',
    sa.Column('enterprise_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('target_group', sa.String(length=40), nullable=False),
    sa.Column('places_offered', sa.Integer(), nullable=False),
    sa.Column('places_filled', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_work_placements_enterprise_id_enterprises')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_placements'))
    )
    with op.batch_alter_table('work_placements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_placements_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('guidance_steps',
    sa.Column('trajectory_id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('step_type', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('assignee_id', sa.Uuid(), nullable=True),
    sa.Column('minutes', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['assignee_id'], ['workers.id'], name=op.f('fk_guidance_steps_assignee_id_workers')),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], name=op.f('fk_guidance_steps_hub_id_hubs')),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectories.id'], name=op.f('fk_guidance_steps_trajectory_id_trajectories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guidance_steps'))
    )
    with op.batch_alter_table('guidance_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guidance_steps_trajectory_id'), ['trajectory_id'], unique=False)
        batch_op.create_index('ix_guidance_steps_worklist', ['hub_id', 'status', 'due_on'], unique=False)

    op.create_table('referrals',
    sa.Column('reference', sa.String(length=20), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('enterprise_id', sa.Uuid(), nullable=True),
    sa.Column('trajectory_id', sa.Uuid(), nullable=True),
    sa.Column('partner_id', sa.Uuid(), nullable=False),
    sa.Column('hub_id', sa.Uuid(), nullable=False),
    sa.Column('worker_id', sa.Uuid(), nullable=True),
    sa.Column('need', sa.String(length=40), nullable=True),
    sa.Column('handover', sa.String(length=40), nullable=False),
    sa.Column('consent_id', sa.Uuid(), nullable=True),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('feedback_due', sa.Date(), nullable=True),
    sa.Column('first_contact_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.String(length=40), nullable=True),
    sa.Column('outcome_source', sa.String(length=40), nullable=True),
    sa.Column('outcome_at', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_node', sa.Uuid(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['consent_id'], ['consents.id'], name=op.f('fk_referrals_consent_id_consents')),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_referrals_enterprise_id_enterprises')),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], name=op.f('fk_referrals_hub_id_hubs')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_referrals_partner_id_partners')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_referrals_person_id_persons')),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectories.id'], name=op.f('fk_referrals_trajectory_id_trajectories')),
    sa.ForeignKeyConstraint(['worker_id'], ['workers.id'], name=op.f('fk_referrals_worker_id_workers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals')),
    sa.UniqueConstraint('reference', name=op.f('uq_referrals_reference'))
    )
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referrals_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referrals_person_id'), ['person_id'], unique=False)


    _create_sqlite_extras()


FTS_DDL = (
    "CREATE VIRTUAL TABLE person_fts USING fts5("
    "doc, content='person_index', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
)
FTS_TRIGGERS = (
    "CREATE TRIGGER person_index_ai AFTER INSERT ON person_index BEGIN "
    "INSERT INTO person_fts(rowid, doc) VALUES (new.id, new.doc); END",
    "CREATE TRIGGER person_index_ad AFTER DELETE ON person_index BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, doc) VALUES ('delete', old.id, old.doc); END",
    "CREATE TRIGGER person_index_au AFTER UPDATE OF doc ON person_index BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, doc) VALUES ('delete', old.id, old.doc); "
    "INSERT INTO person_fts(rowid, doc) VALUES (new.id, new.doc); END",
)
AUDIT_TRIGGERS = (
    "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN "
    "SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN "
    "SELECT RAISE(ABORT, 'the audit log is append-only'); END",
)


def _fts5_available() -> bool:
    options = {row[0] for row in op.get_bind().exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def _create_sqlite_extras() -> None:
    """SQLite only: FTS5 search (when compiled in) and the append-only audit guard.

    Other databases search with the LIKE fallback in hubdesk.services.search.
    """
    if op.get_bind().dialect.name != "sqlite":
        return
    for ddl in AUDIT_TRIGGERS:
        op.execute(ddl)
    if _fts5_available():
        op.execute(FTS_DDL)
        for ddl in FTS_TRIGGERS:
            op.execute(ddl)


def _drop_sqlite_extras() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("person_index_ai", "person_index_ad", "person_index_au", "audit_events_no_update", "audit_events_no_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS person_fts")


def downgrade() -> None:
    _drop_sqlite_extras()
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referrals_person_id'))
        batch_op.drop_index(batch_op.f('ix_referrals_partner_id'))

    op.drop_table('referrals')
    with op.batch_alter_table('guidance_steps', schema=None) as batch_op:
        batch_op.drop_index('ix_guidance_steps_worklist')
        batch_op.drop_index(batch_op.f('ix_guidance_steps_trajectory_id'))

    op.drop_table('guidance_steps')
    with op.batch_alter_table('work_placements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_placements_enterprise_id'))

    op.drop_table('work_placements')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index('ix_visits_person_at')
        batch_op.drop_index(batch_op.f('ix_visits_hub_id'))

    op.drop_table('visits')
    with op.batch_alter_table('trajectories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trajectories_person_id'))
        batch_op.drop_index(batch_op.f('ix_trajectories_hub_id'))

    op.drop_table('trajectories')
    with op.batch_alter_table('recognitions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recognitions_enterprise_id'))

    op.drop_table('recognitions')
    with op.batch_alter_table('procurement_matches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procurement_matches_enterprise_id'))

    op.drop_table('procurement_matches')
    with op.batch_alter_table('person_index', schema=None) as batch_op:
        batch_op.drop_index('ix_person_index_stage_sort')
        batch_op.drop_index('ix_person_index_stadsdeel_sort')
        batch_op.drop_index('ix_person_index_stadsdeel_given')
        batch_op.drop_index('ix_person_index_stadsdeel_family')
        batch_op.drop_index('ix_person_index_sort')
        batch_op.drop_index('ix_person_index_registered')

    op.drop_table('person_index')
    with op.batch_alter_table('person_enterprises', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_enterprises_person_id'))
        batch_op.drop_index(batch_op.f('ix_person_enterprises_enterprise_id'))

    op.drop_table('person_enterprises')
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_person_id'))

    op.drop_table('notes')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consents_person_id'))

    op.drop_table('consents')
    with op.batch_alter_table('workers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workers_hub_id'))

    op.drop_table('workers')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persons_phone_e164'))
        batch_op.drop_index(batch_op.f('ix_persons_hub_id'))
        batch_op.drop_index(batch_op.f('ix_persons_email'))

    op.drop_table('persons')
    with op.batch_alter_table('nodes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_nodes_hub_id'))

    op.drop_table('nodes')
    with op.batch_alter_table('enterprises', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enterprises_kvk_number'))
        batch_op.drop_index(batch_op.f('ix_enterprises_hub_id'))

    op.drop_table('enterprises')
    op.drop_table('step_types')
    op.drop_table('partners')
    op.drop_table('node_state')
    op.drop_table('hubs')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_record')
        batch_op.drop_index('ix_change_log_node')
        batch_op.drop_index(batch_op.f('ix_change_log_lamport'))

    op.drop_table('change_log')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_person_id'))

    op.drop_table('audit_events')
