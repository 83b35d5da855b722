"""The pure core: parsing, classification, requirement checks and the decision.

Nothing in here opens a socket, a database or a file: bytes and dataclasses in,
dataclasses out, so every rule can be tested on plain data.
"""
