"""Turns kg's errors into one readable line and the documented exit code."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from kg.errors import KgError, ValidationFailed

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(func: F) -> F:
    """Decorator for commands: KgError → message on stderr and its exit code.

    With ``kg --debug`` the traceback is shown as well.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ValidationFailed as err:
            if err.report:
                click.echo(err.report, err=True)
            fail(str(err), err.exit_code)
        except KgError as err:
            fail(str(err), err.exit_code)
        except KeyboardInterrupt:
            fail("interrupted; nothing was written", 130)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as err:  # a bug or a broken environment: exit 3, as documented
            fail(f"internal error: {type(err).__name__}: {err} (rerun with --debug for details)", 3)

    return wrapper  # type: ignore[return-value]


def fail(message: str, code: int) -> None:
    """Print ``error: message`` (and the traceback under --debug) and exit."""
    ctx = click.get_current_context(silent=True)
    debug = bool(ctx and ctx.find_root().obj and ctx.find_root().obj.get("debug"))
    if debug and sys.exc_info()[0] is not None:
        import traceback

        traceback.print_exc()
    click.echo(f"error: {message}", err=True)
    sys.exit(code)
