"""Deals in one sentence that no rule read (session 20, issue 13), each rule on
sentences written for these tests, with the organisations given by hand.

- Talks about a sale: the one who holds talks with a buyer sells ("X negocia con Y la
  venta de 900 de sus torres", "X is in talks with Y over the sale of a minority
  stake"); a stake that names no company is the seller's own, so the seller is the
  company invested in (``kg.deals.negotiation``, parties:talks-seller); the talks'
  "with" may hang inside the negotiated sale ("is negotiating the sale of 900 of its
  towers with Y").
- An agreement to buy goods named as what the purchase or the agreement is of or for
  ("a forward purchase agreement for carbon credits with Y", "un contrato de compra de
  leche fresca con Y") tells the deal, with its "with" / "con" party as the other side
  (``kg.deals.frames._buys_named_goods``).
- "Convenio" is an agreement word ("X suscribió un convenio con Y"); a word of an
  organisation's name ("la Asociación de Pescadores", "Alianza Energética") states no
  partnership of its own, nor is it the deal word an agreement yields to
  (``lexicon/deals.toml``, ``kg.deals.frames._may_state_deal``).
- A currency sign before a number is never a subject ("En 2025 levantó US$ 4,5
  millones en una ronda liderada por Y": the subject the Spanish parser took is the
  amount's sign; the dropped subject continues the sentence before)
  (``kg.deals.syntax.subjects``).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from kg.deals.syntax import _currency_sign
from tests.test_deals import deals, roles

NAMES = (
    "Telandes", "Grupo Mirador", "Riachuelo Capital", "Paulista Towers", "Manglar Azul",
    "Aerolíneas Boreal", "Coral Mangroves", "Boreal Airlines", "Lácteos Montaraz",
    "Cooperativa Ganadera del Sur", "Kestrel Foods", "Harlow Holdings", "Lácteos Brindle",
    "Ondara Energía", "Alto Tajo Capital", "Kallpa Ventures", "Brindle Dairy",
)


def _found(nlp: Language, text: str) -> list:
    return deals(nlp, text, tuple(n for n in NAMES if n in text))


def _pairs(nlp: Language, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    return [(d.type, roles(d)) for d in _found(nlp, text)]


# -- talks about a sale: the holder of the talks sells ---------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Telandes, por su parte, negocia con la brasileña Grupo Mirador la venta de 900 "
         "de sus torres, según dos fuentes.",
         ("Acquisition", {"seller": {"Telandes"}, "acquirer": {"Grupo Mirador"}})),
        ("Telandes negocia desde hace dos semanas con el fondo Riachuelo Capital la venta "
         "de una participación minoritaria de hasta el 35%.",
         ("Investment", {"investee": {"Telandes"}, "investor": {"Riachuelo Capital"}})),
        ("Telandes mantiene conversaciones con el fondo Riachuelo Capital sobre la venta "
         "de una participación del 20%.",
         ("Investment", {"investee": {"Telandes"}, "investor": {"Riachuelo Capital"}})),
    ],
)
def test_the_holder_of_talks_about_a_sale_sells_es(es: Language, text: str,
                                                   expected: tuple) -> None:
    assert expected in _pairs(es, text)


@pytest.mark.model
def test_the_holder_of_talks_about_a_stake_sale_is_invested_in_en(en: Language) -> None:
    text = "Telandes is in talks with Paulista Towers over the sale of a minority stake."
    assert ("Investment", {"investee": {"Telandes"}, "investor": {"Paulista Towers"}}) in (
        _pairs(en, text)
    )


@pytest.mark.model
def test_a_with_hung_inside_the_negotiated_sale_is_the_buyer(en: Language) -> None:
    # the parser hangs "with Y" on "towers"; the sale is what is negotiated with Y
    text = "Telandes is negotiating the sale of 900 of its towers with Paulista Towers."
    assert ("Acquisition", {"seller": {"Telandes"}, "acquirer": {"Paulista Towers"}}) in (
        _pairs(en, text)
    )


@pytest.mark.model
def test_a_sale_negotiated_with_nobody_named_is_no_deal(en: Language) -> None:
    text = "Telandes is negotiating the sale of 900 of its towers, Paulista Towers said."
    assert not [d for d in _found(en, text) if len(d.roles) >= 2], _found(en, text)


@pytest.mark.model
def test_a_description_holding_talks_is_no_seller_es(es: Language) -> None:
    # a description holds the talks: any company told before, not read as the seller
    text = ("La empresa negocia con el fondo Riachuelo Capital la venta de una participación "
            "minoritaria de hasta el 35%.")
    assert not [d for d in _found(es, text) if len(d.roles) >= 2], _found(es, text)


@pytest.mark.model
def test_a_description_holding_talks_is_no_seller_en(en: Language) -> None:
    text = "The company is in talks with Paulista Towers over the sale of a minority stake."
    assert not [d for d in _found(en, text) if len(d.roles) >= 2], _found(en, text)


@pytest.mark.model
def test_talks_about_a_purchase_keep_their_buyer(es: Language) -> None:
    text = "Telandes negocia con Grupo Mirador la compra de Lácteos Brindle."
    found = _pairs(es, text)
    assert any(t == "Acquisition" and r.get("acquirer") == {"Telandes"}
               and r.get("target") == {"Lácteos Brindle"} for t, r in found), found
    assert not any(r.get("seller") == {"Telandes"} for _, r in found), found


# -- an agreement to buy named goods ------------------------------------------------


@pytest.mark.model
def test_a_purchase_agreement_for_goods_names_its_other_side_en(en: Language) -> None:
    text = ("Coral Mangroves signed a forward purchase agreement for carbon credits with "
            "Boreal Airlines.")
    found = _pairs(en, text)
    assert any(t == "PurchaseAgreement"
               and set().union(*r.values()) == {"Coral Mangroves", "Boreal Airlines"}
               for t, r in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Lácteos Montaraz firmó con la Cooperativa Ganadera del Sur un contrato de compra de "
    "leche fresca a diez años.",
    "Lácteos Montaraz firmó un contrato de compra de leche fresca con la Cooperativa "
    "Ganadera del Sur.",
])
def test_a_purchase_contract_for_goods_names_its_other_side_es(es: Language,
                                                                text: str) -> None:
    assert ("PurchaseAgreement", {"buyer": {"Lácteos Montaraz"},
                                  "seller": {"Cooperativa Ganadera del Sur"}}) in _pairs(es, text)


@pytest.mark.model
def test_an_agreement_to_buy_a_company_stays_a_takeover(es: Language) -> None:
    text = "Kestrel Foods firmó un acuerdo de compra de Lácteos Brindle con sus fundadores."
    found = _pairs(es, text)
    assert not any(t == "PurchaseAgreement" for t, _ in found), found


@pytest.mark.model
def test_a_share_purchase_agreement_is_no_goods_purchase(en: Language) -> None:
    text = ("Kestrel Foods signed a share purchase agreement with Harlow Holdings to buy "
            "Brindle Dairy.")
    found = _pairs(en, text)
    assert not any(t == "PurchaseAgreement" for t, _ in found), found
    assert any(t == "Acquisition" and r.get("target") == {"Brindle Dairy"}
               for t, r in found), found


# -- "convenio", and a name's word is no deal word ------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Manglar Azul suscribió en marzo un convenio con la Asociación de Pescadores del "
    "Golfo, por el que la asociación recibirá el 40% de los ingresos.",
    "El Ayuntamiento de Olmedo firmó un convenio con Aguas del Duero para renovar la red.",
])
def test_a_convenio_signed_with_a_body_is_a_partnership(es: Language, text: str) -> None:
    names = ("Manglar Azul", "Asociación de Pescadores del Golfo", "Ayuntamiento de Olmedo",
             "Aguas del Duero")
    found = [(d.type, roles(d)) for d in deals(es, text, tuple(n for n in names if n in text))]
    assert [t for t, _ in found] == ["Partnership"], found
    assert len(found[0][1]["partner"]) == 2


@pytest.mark.model
def test_a_collective_labour_convenio_is_no_deal(es: Language) -> None:
    text = "La plantilla de Aguas del Duero aprobó el convenio colectivo con una subida del 3%."
    assert deals(es, text, ("Aguas del Duero",)) == []


@pytest.mark.model
def test_a_partnership_word_in_a_name_joins_no_deal_before(es: Language) -> None:
    text = ("Manglar Azul levantó 4 millones en una ronda liderada por Kallpa Ventures. "
            "Después suscribió un convenio con la Asociación de Pescadores del Golfo.")
    names = ("Manglar Azul", "Kallpa Ventures", "Asociación de Pescadores del Golfo")
    found = [(d.type, roles(d)) for d in deals(es, text, names)]
    investment = [r for t, r in found if t == "Investment"]
    assert investment and "partner" not in investment[0], found


# -- a currency sign is never a subject ------------------------------------------------


@pytest.mark.model
def test_a_dropped_subject_before_a_currency_sign_continues(es: Language) -> None:
    text = ("Manglar Azul restaura manglares en el estuario. En 2025 levantó US$ 4,5 "
            "millones en una ronda liderada por el fondo peruano Kallpa Ventures, y su plan "
            "de inversión asciende a $ 12 millones.")
    assert ("Investment", {"investee": {"Manglar Azul"}, "investor": {"Kallpa Ventures"}}) in (
        _pairs(es, text)
    )


@pytest.mark.model
def test_a_named_subject_before_a_currency_sign_stays(es: Language) -> None:
    text = ("Ondara Energía levantó US$ 5 millones en una ronda liderada por Alto Tajo "
            "Capital.")
    assert ("Investment", {"investee": {"Ondara Energía"}, "investor": {"Alto Tajo Capital"}}) in (
        _pairs(es, text)
    )


@pytest.mark.parametrize(("text", "index", "sign"), [
    ("levantó US$ 4,5 millones", 1, True),
    ("pagó $ 12 millones", 1, True),
    ("recaudó € 3 millones", 1, True),
    ("captó USD 40 millones", 1, True),
    # not before a number: a word, not the sign of an amount
    ("US$ Holdings compró Vidal", 0, False),
    ("Grupo Norte levantó 5 millones", 0, False),
])
def test_a_currency_sign_before_a_number(text: str, index: int, sign: bool) -> None:
    doc = spacy.blank("es")(text)
    assert _currency_sign(doc[index]) is sign
