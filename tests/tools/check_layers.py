#!/usr/bin/env python3
"""The dependency picture as a test: no source file includes a header from a higher layer.

Layers, lowest first (a folder may include its own layer and any lower one):
  app/core/util        helpers with no domain knowledge
  app/core/crypto      OpenSSL: keys, certificates, PKCS#12
  app/core/xmpp        XEP-0257 over QXmpp: session, service, parser, and their plain types
  app/core/storage     settings, keychain, activity log, what "Was this you?" remembers
  app/core/model       the table model and the pure rules (summaries, proofs, comparisons)
  app/core/workflow    enroll, rotate, disable, revoke: the steps both front ends call
  app/core/controller  long-lived drivers of one account (connection, watch, housekeeping)
  app/cli, ui          the two front ends: each may use the whole core, never each other
app/core/private/<layer> holds that layer's OpenSSL/QXmpp headers.
Usage: check_layers.py SOURCE_DIR   (prints each upward include; exit 1 if there is one)
"""
import pathlib
import re
import sys

CORE = ["util", "crypto", "xmpp", "storage", "model", "workflow", "controller"]
RANK = {name: i for i, name in enumerate(CORE)}
FRONT = len(CORE)
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def layer_of(path: pathlib.Path, root: pathlib.Path):
    parts = path.relative_to(root).parts
    if parts[:2] == ("app", "core"):
        rest = parts[2:]
        if rest and rest[0] == "private":
            rest = rest[1:]
        return rest[0] if len(rest) > 1 and rest[0] in RANK else None
    if parts[:2] == ("app", "cli"):
        return "cli"
    if parts[0] == "ui":
        return "ui"
    return None


def rank(layer):
    return RANK.get(layer, FRONT)


def main():
    root = pathlib.Path(sys.argv[1]).resolve()
    files = [p for d in ("app", "ui") for p in (root / d).rglob("*") if p.suffix in (".h", ".cpp")]
    problems = []
    unplaced = []
    for path in sorted(files):
        layer = layer_of(path, root)
        if layer is None:
            unplaced.append(path)
            continue
        for target in INCLUDE.findall(path.read_text(encoding="utf-8")):
            folder = target.split("/")[0] if "/" in target else None
            if folder in RANK:
                if rank(folder) > rank(layer):
                    problems.append(f"{path.relative_to(root)}: {layer} includes {target} ({folder} is above)")
            elif folder is None and layer in ("cli", "ui"):
                # A bare name is the front end's own header; the other front end's would be an import across.
                other = root / ("ui" if layer == "cli" else "app/cli") / target
                if other.exists() and not (path.parent / target).exists():
                    problems.append(f"{path.relative_to(root)}: {layer} includes the other front end's {target}")
    for path in unplaced:
        problems.append(f"{path.relative_to(root)}: in no layer (put it in one of {', '.join(CORE)})")
    for problem in problems:
        print(problem)
    print(f"{len(files)} files checked, {len(problems)} upward or misplaced include(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
