"""Session 24, false6: false deals that repeat a deal or quote a price.

- A payment to a company a takeover does not name is the price paid to its seller
  (kg.deals.merge, ``_paid_to_its_owner``): "Acme closed its purchase of Zenith. It
  paid $48 million to Brindle, owner of the mill for six years" is one takeover,
  sold by Brindle, not a second purchase between Acme and Brindle.
- A stake sold, told first thin and then in full by its seller, is one sale
  (kg.deals.merge, ``_thin_earlier_telling``): "Norvale to sell 40% of Quillby", then
  "Norvale agreed to sell its 40% stake in Quillby to Tarrow for $90 million". Wire
  copy's "40 pct of X" is a stake as "40% of X" is (lexicon ``stake_nouns``), so X is
  the company a part of which is sold, never its buyer.
- A name the parser hangs on the verb right after a party's argument continues that
  argument's list (kg.deals.roles, ``_list_continued``): "purchased the business from its
  founder, X, and private equity firm Y" names two sellers, not Y as a second target
  (a repeat of the takeover); "acquired Y in 2012 and Z in 2014" still names two.
- A price per unit of measure is no deal (kg.deals.frames, ``_not_unit_price``):
  "la cooperativa vende el litro a 1,45 euros", "buys the bushel from Y at $7" quote a
  price; counted units ("vende 500 toneladas de leche a Y") are still goods sold.
- A body that audits, prosecutes or legislates is a supervisor (lexicon
  ``supervisor_words``): "la Contraloría General de X", "the State Comptroller", "la
  Fiscalía", a senate scrutinise, charge and approve what others do; as regulators
  are, they are no party and no antecedent of a dropped subject."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.guards import supervisors
from kg.facts import Entity
from tests.test_deal_roles_es import deals_among, roles


def read(nlp: Language, text: str, names: tuple[str, ...]) -> list[tuple[str, dict[str, set[str]]]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, names)]


# -- a payment to the one who sold ---------------------------------------------------


@pytest.mark.parametrize("lang, text, names", [
    ("en", "Acme Paper closed its purchase of Zenith Mill on Tuesday. It paid a total of 48 "
           "million dollars to the private equity firm Brindle Partners, owner of the mill for "
           "six years.", ("Acme Paper", "Zenith Mill", "Brindle Partners")),
    ("es", "Papelera Acme cerró la compra de Molinos Zenith. Pagó 48 millones de euros al "
           "fondo Brindle Partners, que era dueño de la fábrica desde 2019.",
     ("Papelera Acme", "Molinos Zenith", "Brindle Partners")),
])
def test_money_paid_after_a_takeover_goes_to_its_seller(
    request: pytest.FixtureRequest, lang: str, text: str, names: tuple[str, ...]
) -> None:
    (deal,) = deals_among(request.getfixturevalue(lang), text, names)
    assert (deal.type, roles(deal)) == (
        "Acquisition", {"acquirer": {names[0]}, "target": {names[1]}, "seller": {names[2]}}
    )
    assert deal.amount is not None and deal.amount.value == 48_000_000


def test_a_payment_beside_a_takeover_that_has_its_seller_stays_apart(en: Language) -> None:
    found = read(en, "Acme Paper bought Zenith Mill from Tamsin Bank. It also paid 48 million "
                     "dollars to Brindle Partners.",
                 ("Acme Paper", "Zenith Mill", "Tamsin Bank", "Brindle Partners"))
    assert ("Acquisition", {"acquirer": {"Acme Paper"}, "target": {"Zenith Mill"},
                            "seller": {"Tamsin Bank"}}) in found
    assert len(found) == 2


def test_a_payment_after_two_takeovers_is_nobodys_seller(en: Language) -> None:
    found = read(en, "Acme Paper closed its purchase of Zenith Mill. Last year it bought "
                     "Corla Foods. It handed over 48 million dollars to Brindle Partners.",
                 ("Acme Paper", "Zenith Mill", "Corla Foods", "Brindle Partners"))
    assert not any("seller" in rs and t == "Acquisition" for t, rs in found)


# -- a stake sold, told twice ----------------------------------------------------------


_STAKE = ("Norvale Resorts", "Quillby Villas", "Tarrow Holdings", "Bexley Capital")


@pytest.mark.parametrize("percent", ["40%", "40 pct"])
def test_a_stake_sale_told_thin_then_in_full_is_one_sale(en: Language, percent: str) -> None:
    text = (f"Norvale Resorts to sell {percent} of Quillby Villas. Norvale Resorts agreed to "
            f"sell its {percent} stake in Quillby Villas to Tarrow Holdings for $90 million.")
    assert read(en, text, _STAKE) == [("Investment", {
        "seller": {"Norvale Resorts"}, "investee": {"Quillby Villas"},
        "investor": {"Tarrow Holdings"},
    })]


def test_wire_pct_of_a_company_is_a_stake_in_it(en: Language) -> None:
    assert read(en, "Norvale Resorts sold 12 pct of Quillby Villas to Tarrow Holdings.",
                _STAKE) == [("Investment", {
                    "seller": {"Norvale Resorts"}, "investee": {"Quillby Villas"},
                    "investor": {"Tarrow Holdings"},
                })]


def test_two_stakes_sold_to_two_buyers_stay_two(en: Language) -> None:
    found = read(en, "Norvale Resorts sold 10% of Quillby Villas to Bexley Capital in 2019. "
                     "Norvale Resorts agreed to sell its 40% stake in Quillby Villas to "
                     "Tarrow Holdings for $90 million.", _STAKE)
    assert [rs["investor"] for _, rs in found] == [{"Bexley Capital"}, {"Tarrow Holdings"}]


# -- a list of sellers the parser cuts off ---------------------------------------------


_COOP = ("Barrowmore Co-operative", "Kilbride Foods", "Liffside Partners")


def test_a_name_after_the_sellers_list_is_another_seller(en: Language) -> None:
    text = ("Barrowmore Co-operative has completed its acquisition of Kilbride Foods in a "
            "deal valued at €75 million. The co-op purchased the business from its founder, "
            "Nora Kelleher, and Cork buyout firm Liffside Partners, which bought a minority "
            "stake in 2022.")
    ((kind, rs),) = read(en, text, _COOP)
    assert kind == "Acquisition" and rs["target"] == {"Kilbride Foods"}
    assert rs["seller"] == {"Nora Kelleher", "Liffside Partners"}


def test_a_name_after_a_time_is_another_target(en: Language) -> None:
    found = read(en, "Acme Corp acquired Zenith Labs in 2012 and Corla Foods in 2014.",
                 ("Acme Corp", "Zenith Labs", "Corla Foods"))
    assert [rs["target"] for _, rs in found] == [{"Zenith Labs"}, {"Corla Foods"}]


# -- a price per unit -----------------------------------------------------------------


@pytest.mark.parametrize("lang, text, names", [
    ("es", '"No hay otro comprador", dijo Marta Ruiz, de la Cooperativa Ribera, que vende '
           "el litro a Lácteos Dalmau a 1,45 euros.", ("Lácteos Dalmau", "Cooperativa Ribera")),
    ("en", "Harlow Mills buys the bushel from Brisco Grain at $7.",
     ("Harlow Mills", "Brisco Grain")),
])
def test_a_price_per_unit_is_no_deal(
    request: pytest.FixtureRequest, lang: str, text: str, names: tuple[str, ...]
) -> None:
    assert read(request.getfixturevalue(lang), text, names) == []


@pytest.mark.parametrize("lang, text, names", [
    ("es", "La Cooperativa Ribera venderá 500 toneladas de leche a Lácteos Dalmau por 2 "
           "millones de euros.", ("Lácteos Dalmau", "Cooperativa Ribera")),
    ("en", "Harlow Farms sold 40,000 tonnes of wheat to Brisco Foods for $12 million.",
     ("Harlow Farms", "Brisco Foods")),
])
def test_counted_units_are_goods_sold(
    request: pytest.FixtureRequest, lang: str, text: str, names: tuple[str, ...]
) -> None:
    ((kind, rs),) = read(request.getfixturevalue(lang), text, names)
    assert kind == "PurchaseAgreement" and set(rs) == {"buyer", "seller"}


# -- bodies that audit, prosecute or legislate -------------------------------------------


@pytest.mark.parametrize("name, supervisor", [
    ("Contraloría General de Tolima", True),
    ("Office of the State Comptroller", True),
    ("Fiscalía Anticorrupción", True),
    ("Procuraduría Provincial de Girardot", True),
    ("Senado de Pradesh", True),
    # a body with no such word may trade: a province's development lender, its utility
    ("Financiera de Desarrollo Territorial", False),
    ("Aguas del Altiplano Tolimense", False),
])
def test_an_audit_or_legislative_body_is_a_supervisor(name: str, supervisor: bool) -> None:
    ent = Entity(kind="org", name=name)
    assert (ent.ref in supervisors([ent])) is supervisor

