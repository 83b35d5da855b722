"""lookups that stay fast as the database grows

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:20:00

Replies of the last day are counted per recipient for each mail (the daily cap):
an index on outbox.created_at bounds that to one day's rows. Case senders are
stored in lower case so that the open case of a sender is found through the
index on cases.sender.
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
    op.execute(sa.text("UPDATE cases SET sender = lower(sender)"))


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_created_at'))
