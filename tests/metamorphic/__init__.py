"""Metamorphic transformations of raw mails: rewrites that must not change a mail's verdict.

They are written from the mail's MIME structure and from tables of their own,
never from maild's detection code, so that they do not share its blind spots.
"""
