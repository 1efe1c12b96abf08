"""Session 44, helper seller44 (issue #13): sellers the parser hangs away from the
buying verb (sentences written for these tests, names invented).

- parties:from-on-described-part: "Pellow Mills bought 60 percent of the brewery from
  Skerrit Partners": "from Skerrit Partners" hung on "the brewery" is the verb's seller.
- parties:owner-apposed-name: "Harinas Olmedal compró el 60 % de la panadería a su
  fundador, Tomás Urquiza": the name set off after the role noun of ownership is the
  seller, not what is bought, wherever the parser hung the role noun or the name.
  "a su propietaria" with no name names no party.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _sellers(deals: list[Deal]) -> set[str]:
    return {name for d in deals for role, name in _roles(d) if role == "seller"}


def test_from_on_a_described_part_is_the_seller(en: Language) -> None:
    deals = _deals(en, "Pellow Mills Inc. agreed to acquire 60 percent of the brewery from "
                       "Skerrit Partners LLC.")
    assert len(deals) == 1
    assert deals[0].type == "Acquisition"
    roles = _roles(deals[0])
    assert ("acquirer", "Pellow Mills Inc.") in roles or ("acquirer", "Pellow Mills") in roles
    assert any(role == "seller" and name.startswith("Skerrit") for role, name in roles)
    assert "parties:from-on-described-part" in deals[0].rules


def test_from_the_market_or_a_year_names_no_seller(en: Language) -> None:
    for tail in ("the market", "2019", "Ireland"):
        deals = _deals(en, f"Pellow Mills Inc. agreed to acquire 60 percent of the brewery "
                           f"from {tail}.")
        assert not _sellers(deals)
        assert not any("parties:from-on-described-part" in d.rules for d in deals)


def test_owner_apposed_name_is_the_seller(es: Language) -> None:
    deals = _deals(es, "Harinas Olmedal compró el 45 % de Hornos Berrueco a su fundadora, "
                       "Irene Solana.")
    assert len(deals) == 1
    roles = _roles(deals[0])
    assert ("seller", "Irene Solana") in roles
    assert any(name == "Hornos Berrueco" for _, name in roles)
    assert not any(role != "seller" and name == "Irene Solana" for role, name in roles)
    assert "parties:owner-apposed-name" in deals[0].rules


def test_owner_apposed_name_after_a_described_part(es: Language) -> None:
    deals = _deals(es, "Harinas Olmedal compró el 60 % de la panadería a su fundador, "
                       "Tomás Urquiza.")
    assert len(deals) == 1
    roles = _roles(deals[0])
    assert ("seller", "Tomás Urquiza") in roles
    assert ("acquirer", "Harinas Olmedal") in roles
    assert "parties:owner-apposed-name" in deals[0].rules


def test_owners_apposed_are_all_sellers(es: Language) -> None:
    deals = _deals(es, "Harinas Olmedal adquirió Hornos Berrueco a sus dueños, Vinca "
                       "Capital y Prados Inversiones.")
    assert len(deals) == 1
    assert _sellers(deals) == {"Vinca Capital", "Prados Inversiones"}


def test_owner_noun_without_a_name_names_no_seller(es: Language) -> None:
    deals = _deals(es, "Harinas Olmedal compró el 60 % de Hornos Berrueco a su propietaria.")
    assert len(deals) == 1
    assert not _sellers(deals)
    assert ("target", "Hornos Berrueco") in _roles(deals[0])
    assert "parties:owner-apposed-name" not in deals[0].rules
