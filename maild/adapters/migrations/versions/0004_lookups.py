"""lookups that stay fast as the database grows

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:20:00

Replies of the last day are counted per recipient for each mail (the daily cap):
an index on (lower(recipient), created_at) finds them however many went out today. Case senders are
stored in lower case so that the open case of a sender is found through an
index on (sender, request_type).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_created_at'), ['created_at'], unique=False)
    op.create_index('ix_outbox_recipient_lower', 'outbox', [sa.text('lower(recipient)'), 'created_at'], unique=False)
    op.execute(sa.text("UPDATE cases SET sender = lower(sender)"))
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_sender_request', ['sender', 'request_type'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_outbox_recipient_lower', table_name='outbox')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_sender_request')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_created_at'))
