"""maild: the mailbox daemon of the Saksham Seva helpdesk."""

__version__ = "0.1.0"
