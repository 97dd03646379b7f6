"""Command line: `python -m atlas check-data [DIR]` validates a data folder. No Streamlit."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from atlas import config
from atlas.datasets import loaders


def check_data(data_dir: Path) -> int:
    """Print every problem as file:row: column: message; 1 if any error, else 0."""
    if not data_dir.is_dir():
        print(f"{data_dir}: not a folder", file=sys.stderr)
        return 1
    result = loaders.load_all(data_dir)
    for name in loaders.LOAD_ORDER:
        for problem in result.problems.get(name, []):
            print(f"{problem.level}: {problem}" if problem.level == "warning" else str(problem))
    geo_errors = boundary_problems(result)
    for problem in geo_errors:
        print(problem)
    errors = result.errors() + geo_errors
    print(
        f"{data_dir}: {len(result.frames)} of {len(loaders.LOAD_ORDER)} files valid, "
        f"{len(errors)} error(s), {len(result.warnings())} warning(s)",
        file=sys.stderr,
    )
    return 1 if errors else 0


def boundary_problems(result: loaders.Datasets) -> list[loaders.Problem]:
    """What in geo/ and static/ru_map.json the map would fail to draw, checked against regions.csv."""
    from atlas.geo import boundaries as geometry  # geopandas: loaded only when the data check gets this far

    regions = result.frames.get("regions")
    known = None if regions is None else set(regions[config.REGION_KEY].astype(str))
    mapped = [] if regions is None else list(regions.loc[regions["has_polygon"], config.REGION_KEY].astype(str))
    return [loaders.Problem(file, None, None, message) for file, message in geometry.check_files(known, mapped)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m atlas", description="Belarus–Russia regions atlas tools")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check-data", help="validate a data folder (default: the bundled one)")
    check.add_argument("data_dir", nargs="?", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.command == "check-data":
        return check_data((args.data_dir or config.data_dir()).resolve())
    return 2  # unreachable: argparse rejects unknown commands


if __name__ == "__main__":
    sys.exit(main())
