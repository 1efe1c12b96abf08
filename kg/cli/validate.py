"""``kg validate``: check graph files against kg's SHACL shapes."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.errors import handle_errors
from kg.errors import InputError
from kg.validate import format_report, load_shapes, validate_file


@click.command("validate")
@click.argument(
    "files",
    nargs=-1,
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE...",
)
@handle_errors
def validate_command(files: tuple[Path, ...]) -> None:
    """Check graph files against kg's SHACL shapes.

    Each FILE is read in the RDF format its extension names (.ttl, .nt, .nq,
    .trig, .jsonld or .json). For each file, prints "FILE: conforms" or a report
    with one block per violation: the focus node, the path, what is wrong, and the
    article and sentence it came from.

    Exit status: 0 every file conforms, 1 some file has violations, 2 some file
    could not be read or parsed, 3 kg itself failed (broken shapes, a bug).

    \b
    Example:
      kg validate out/example.ttl
    """
    shapes = load_shapes()
    unreadable = failed = False
    for path in files:
        try:
            violations = validate_file(path, shapes)
        except InputError as err:
            click.echo(f"error: {err}", err=True)
            unreadable = True
            continue
        errors = [v for v in violations if v.severity == "Violation"]
        if errors:
            failed = True
            click.echo(f"{path}: does not conform ({_count(len(errors), 'violation')})")
        elif violations:
            click.echo(f"{path}: conforms ({_count(len(violations), 'warning')})")
        else:
            click.echo(f"{path}: conforms")
        if violations:
            click.echo(format_report(violations))
            click.echo()
    sys.exit(2 if unreadable else 1 if failed else 0)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


__all__ = ["validate_command"]
