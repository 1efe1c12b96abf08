"""Session 44, helper share44 (issue #13): a part bought of "the <noun of trade>" is a
part of the company named before with that noun in its name (sentences written for
these tests, names invented).

- ``parties:stake-in-namesake`` (``kg.deals.roles._namesake_part``): "agreed to buy 40
  percent of the creamery" after "Brackwater Creameries" is a stake in Brackwater
  Creameries, also when the parser hangs the seller's "from" phrase on the noun; in
  Spanish "el 40 % de la quesería" after "Quesos Albar" (the stem the trade word and
  the name share). Not "of the creamery sector", "del mercado", nor a noun that only
  the buyer's own name carries.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


def _namesake_deal(deals: list[Deal]) -> Deal:
    return next(d for d in deals if "parties:stake-in-namesake" in d.rules)


# -- a part bought of the company the noun of trade names ---------------------------------


def test_part_of_the_creamery_after_its_plural_name_en(en: Language) -> None:
    text = ("Brackwater Creameries has walked away from talks with Tarrow Foods. Last "
            "year Tarrow Foods had agreed to buy 40 percent of the creamery from Colm Ennis.")
    deal = _namesake_deal(_deals(en, text))
    assert ("investee", "Brackwater Creameries") in _roles(deal)
    assert ("investor", "Tarrow Foods") in _roles(deal)


def test_seller_phrase_hung_on_the_noun_en(en: Language) -> None:
    text = ("Halvard Brewing has dropped its offer for Tansy Brewery. In May, Halvard "
            "had agreed to acquire 55 percent of the brewery from Ruth Maher.")
    deals = _deals(en, text)
    deal = _namesake_deal(deals)
    assert ("target", "Tansy Brewery") in _roles(deal)
    assert ("acquirer", "Halvard Brewing") in _roles(deal)
    # no second deal without a target
    assert all(any(r in ("target", "investee") for r, _ in d.roles) for d in deals)


def test_part_of_the_cheese_shop_by_shared_stem_es(es: Language) -> None:
    text = ("Quesos Albar ha roto las negociaciones con Grupo Tresmar. En marzo, Grupo "
            "Tresmar acordó comprar el 40 % de la quesería a Lucía Ferrán.")
    deal = _namesake_deal(_deals(es, text))
    assert ("investee", "Quesos Albar") in _roles(deal)
    assert ("investor", "Grupo Tresmar") in _roles(deal)
    assert ("seller", "Lucía Ferrán") in _roles(deal)


def test_part_of_the_bakery_by_its_plural_name_es(es: Language) -> None:
    text = ("Panaderías Soto ha roto las negociaciones con Grupo Tresmar. En marzo, Grupo "
            "Tresmar acordó comprar el 40 % de la panadería a Lucía Ferrán.")
    deal = _namesake_deal(_deals(es, text))
    assert ("investee", "Panaderías Soto") in _roles(deal)


# -- not a market, a sector, nor the buyer ----------------------------------------------


def test_part_of_the_sector_is_no_company_en(en: Language) -> None:
    text = ("Brackwater Creameries has walked away from talks with Tarrow Foods. Last year "
            "Tarrow Foods had agreed to buy 40 percent of the creamery sector from Colm Ennis.")
    for deal in _deals(en, text):
        assert "parties:stake-in-namesake" not in deal.rules
        assert ("investee", "Brackwater Creameries") not in _roles(deal)


def test_part_of_the_market_is_no_company_es(es: Language) -> None:
    text = ("Panaderías Soto ha roto las negociaciones con Grupo Tresmar. En marzo, Grupo "
            "Tresmar acordó comprar el 40 % del mercado a Lucía Ferrán.")
    for deal in _deals(es, text):
        assert "parties:stake-in-namesake" not in deal.rules
        assert ("investee", "Panaderías Soto") not in _roles(deal)


def test_noun_only_the_buyer_carries_is_not_the_buyer_en(en: Language) -> None:
    text = ("Tarrow Creameries met Ostlund Bank on Monday. Tarrow Creameries then agreed "
            "to buy 40 percent of the creamery from Colm Ennis.")
    for deal in _deals(en, text):
        assert "parties:stake-in-namesake" not in deal.rules
        assert ("investee", "Tarrow Creameries") not in _roles(deal)
        assert ("target", "Tarrow Creameries") not in _roles(deal)
