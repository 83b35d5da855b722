"""The adapters: the IMAP and Maildir mailboxes, the SMTP and file outboxes, the database
(with its migrations), and the rule and template files. Each implements a port of
maild.app.ports; none calls the application back.
"""
