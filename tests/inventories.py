"""The inventories of constructions (tests/data/constructions/NAME) as the floor tests
read them: ``kg eval`` of a whole inventory, run once per inventory and test session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from kg.cli.eval import eval_command

INVENTORIES = Path(__file__).parent / "data" / "constructions"
_payloads: dict[str, Any] = {}


def payload(name: str) -> Any:
    """``kg eval tests/data/constructions/NAME --json``, run once per inventory."""
    if name not in _payloads:
        result = CliRunner().invoke(
            eval_command, [str(INVENTORIES / name), "--json"], catch_exceptions=False
        )
        assert result.exit_code == 0, result.output
        _payloads[name] = json.loads(result.stdout)
    return _payloads[name]
