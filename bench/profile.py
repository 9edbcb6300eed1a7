#!/usr/bin/env python3
"""Breaks a flight recording's CPU samples of request threads down by what they were doing.

Usage: bench/profile.py RECORDING.jfr [WINDOWS.tsv]   (needs the JDK's `jfr` on the PATH)

Each execution sample of a Tomcat request thread goes to the first category (in the order below)
one of whose patterns a frame of its stack starts with: a query run while the session is read
counts as the session store, one run while the scope is resolved as the scope, one run by the page
itself as a query. With the windows that bench/run.sh writes (kind, start, end per line), one
column per kind of page; without, one for the whole recording.
"""
import re
import subprocess
import sys
from collections import Counter, defaultdict

CATEGORIES = [
    ("session store", ("org.springframework.session.",)),
    ("current user and scope", ("vn.dangbo.accounts.Scopes.", "vn.dangbo.accounts.CurrentUserResolver.")),
    ("notification bell", ("vn.dangbo.notifications.NotificationBell.",)),
    ("template rendering", ("org.thymeleaf.", "org.springframework.web.servlet.view.")),
    ("queries (JDBC, pool, rows)", ("org.springframework.jdbc.", "org.postgresql.", "com.zaxxer.hikari.")),
    ("page code (controllers, services)", ("vn.dangbo.",)),
    ("Spring MVC (mapping, binding)", ("org.springframework.web.servlet.DispatcherServlet.",)),
    ("security filter chain", ("org.springframework.security.",)),
    ("Tomcat and other filters", ("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.")),
]
OTHER = "other"


def seconds(clock):
    h, m, s = clock.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def main(recording, windows_file=None):
    windows = []
    if windows_file:
        with open(windows_file) as f:
            for line in f:
                parts = line.split()
                if len(parts) == 3:
                    windows.append((parts[0], seconds(parts[1]), seconds(parts[2])))
    text = subprocess.run(
        ["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "400", recording],
        capture_output=True, text=True, check=True).stdout
    counts = defaultdict(Counter)
    for event in text.split("jdk.ExecutionSample")[1:]:
        if "http-nio" not in event:
            continue
        if windows:
            at = seconds(re.search(r"startTime = ([\d:.]+)", event).group(1))
            kind = next((k for k, start, end in windows if start <= at <= end), None)
            if kind is None:
                continue
        else:
            kind = "all"
        frames = re.findall(r"^\s+([\w$.<>]+)\(", event, re.M)
        category = next(
            (name for name, patterns in CATEGORIES if any(f.startswith(patterns) for f in frames)),
            OTHER)
        counts[kind][category] += 1
    kinds = [k for k in dict.fromkeys(k for k, _, _ in windows) if counts[k]] or ["all"]
    print("\n| share of request threads' CPU samples | " + " | ".join(kinds) + " |")
    print("|---" * (len(kinds) + 1) + "|")
    for name in [n for n, _ in CATEGORIES] + [OTHER]:
        cells = [f"{100.0 * counts[k][name] / max(1, sum(counts[k].values())):.0f} %" for k in kinds]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("| samples | " + " | ".join(str(sum(counts[k].values())) for k in kinds) + " |")


if __name__ == "__main__":
    main(*sys.argv[1:3])
