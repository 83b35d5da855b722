"""What runs maild as a process: the daemon loop, the process lock, the triage worker pool,
metrics and the fault hooks the crash tests use.
"""
