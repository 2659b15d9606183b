"""Time portrait.generate.generate() at several sizes.

PYTHONPATH=orchestration .venv/bin/python bench/bench_generate.py --persons 20000 100000
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "orchestration"))

from portrait.generate import NoiseConfig, generate  # noqa: E402


def dir_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--persons", type=int, nargs="+", default=[20_000, 100_000, 1_000_000])
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--chunk-persons", type=int, default=100_000)
    p.add_argument("--out", type=Path, default=None, help="keep output here (default: temp dir)")
    p.add_argument("--no-noise", action="store_true")
    args = p.parse_args()
    for n in args.persons:
        out = args.out or Path(tempfile.mkdtemp(prefix="portrait-bench-"))
        t0 = time.perf_counter()
        m = generate(
            n,
            args.seed,
            out,
            NoiseConfig.off() if args.no_noise else None,
            chunk_persons=args.chunk_persons,
        )
        secs = time.perf_counter() - t0
        rows = sum(m["rows"].values())
        # ru_maxrss is KiB on Linux; it is the peak of this process over all sizes run so far
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            json.dumps(
                {
                    "persons": n,
                    "seconds": round(secs, 1),
                    "landing_rows": rows,
                    "rows_per_s": round(rows / secs),
                    "peak_rss_mib": round(peak),
                    "output_mib": round(dir_bytes(out) / 2**20),
                    "rows": m["rows"],
                }
            ),
            flush=True,
        )
        if args.out is None:
            shutil.rmtree(out)


if __name__ == "__main__":
    main()
