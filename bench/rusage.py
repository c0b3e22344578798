#!/usr/bin/env python3
"""Whole-process figures of one command, as the kernel accounts them.

usage: python3 rusage.py RESULT_FILE COMMAND [ARGS...]

Runs COMMAND with this process's stdin, stdout and stderr, waits for it with wait4(2) and writes
{"status", "wallMs", "userMs", "sysMs", "maxRssKiB"} as JSON to RESULT_FILE. Node cannot report a
child's rusage, and /proc's cutime counts in 10 ms ticks; wait4 gives that one child's user and
system time in microseconds and its peak resident set size.
"""
import json
import os
import sys
import time

result_file, command = sys.argv[1], sys.argv[2:]
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(command[0], command)
    finally:
        os._exit(127)
_, wait_status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - started
with open(result_file, "w") as out:
    json.dump({
        "status": os.waitstatus_to_exitcode(wait_status),
        "wallMs": wall * 1000,
        "userMs": usage.ru_utime * 1000,
        "sysMs": usage.ru_stime * 1000,
        "maxRssKiB": usage.ru_maxrss,
    }, out)
