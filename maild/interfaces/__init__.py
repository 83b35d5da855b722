"""The ways in: the `maild` command line (with the operators' commands) and the operators'
web console. Thin: they parse, call maild.bootstrap and the application, and print.
"""
