"""The memory of a server on this machine, read from /proc: the process listening on a port,
and the RSS of it and its descendants sampled until stopped (psutil is no dependency)."""
from __future__ import annotations

import os
import threading

POLL_SECONDS = 0.2


def listening_pid(port: int) -> int | None:
    """The process listening on the TCP port, found through its socket's inode in /proc."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as lines:
            for line in list(lines)[1:]:
                local, state, inode = (line.split()[n] for n in (1, 3, 9))
                if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
                    inodes.add(f"socket:[{inode}]")
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
            if any(os.readlink(f"/proc/{pid}/fd/{fd}") in inodes for fd in fds):
                return int(pid)
        except OSError:  # the process ended while we looked
            continue
    return None


def parents() -> dict[int, int]:
    """Each running process's parent, from /proc."""
    found = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as stat:
                found[int(pid)] = int(stat.read().rsplit(")", 1)[1].split()[1])  # "(name) state ppid ..."
        except OSError:  # the process ended while we looked
            continue
    return found


def tree_rss(root: int) -> int:
    """Bytes resident in the process and its descendants, from /proc."""
    parent_of = parents()
    tree, grown = {root}, True
    while grown:
        children = {pid for pid, parent in parent_of.items() if parent in tree} - tree
        tree |= children
        grown = bool(children)
    pages = 0
    for member in tree:
        try:
            with open(f"/proc/{member}/statm") as statm:
                pages += int(statm.read().split()[1])
        except OSError:
            continue
    return pages * os.sysconf("SC_PAGE_SIZE")


class PeakMemory(threading.Thread):
    """Samples tree_rss(pid) every POLL_SECONDS until stopped; keeps the first (the server
    idle, before any visitor) and the largest."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.start_bytes = self.peak_bytes = tree_rss(pid)
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(POLL_SECONDS):
            self.peak_bytes = max(self.peak_bytes, tree_rss(self.pid))
