"""The application layer: one module per job of the helpdesk (the mail pass, cases, letters,
the outbox, the lease, reminders, review), each given the ports it needs (maild.app.ports),
never a database, a mailbox server or a clock of its own.
"""
