"""Classes of Spanish deal misses of session 16 (helper esdeals), on texts written for
these tests, with invented companies.

- A takeover bid told by its bidder alone in a contest for a company ("X lanzó una OPA
  de 900 millones", "Y prepara una contraoferta", "X mejoró su oferta pública de
  adquisición sobre el fabricante de pinturas", "una oferta competidora de Y", "el
  consejo rechazó una oferta de Y"): a bid for the company in play, the one its
  description stands for, else the takeover's target told before, else the company the
  article is about (``parties:bid-in-play``, kg.deals.pugna); the subject of the verb
  that makes a bid is its bidder, never its target (``parties:bidder-not-target``).
- An object pronoun before a sale or purchase verb coordinated with an earlier verb ("X
  compró Y en 2019 y la traspasó en 2023 a Z", "separó su negocio, Y, y lo vendió a Z")
  stands for that verb's object (``parties:clitic-in-coordination``,
  kg.deals.coordinated).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model


def bids(found: list, bidder: str) -> list:
    return [d for d in found if d.type == "Acquisition" and bidder in parties(d, "acquirer")]


# -- a bid with no target, in a contest for a company -----------------------------------

BIDS_IN_PLAY = [
    # a public takeover offer raised, whose company the article told just before
    ("Marítima Sorolla cotiza en bolsa desde 2001. Fondo Calder Peak elevó su oferta "
     "pública de adquisición hasta 9 euros por acción.", "Fondo Calder Peak", "Announced"),
    # a counter-bid after a takeover told before
    ("Fondo Calder Peak lanzó una OPA sobre Marítima Sorolla en octubre. El grupo noruego "
     "Nordhavn Shipping prepara una contraoferta.", "Nordhavn Shipping", "Rumoured"),
    # a rejected offer of a bidder told alone
    ("Marítima Sorolla cotiza en bolsa desde 2001. En 2022 el consejo rechazó una oferta de "
     "Nordhavn Shipping.", "Nordhavn Shipping", "Cancelled"),
]


@pytest.mark.parametrize(("text", "bidder", "status"), BIDS_IN_PLAY)
def test_a_bid_with_no_target_is_for_the_company_in_play(
    es: Language, text: str, bidder: str, status: str
) -> None:
    (deal,) = bids(deals(es, text), bidder)
    assert parties(deal, "target") == {"Marítima Sorolla"}
    assert deal.status == status
    assert "parties:bid-in-play" in deal.rules


def test_two_bids_of_one_sentence_are_two_deals(es: Language) -> None:
    found = deals(es, (
        "La pugna por Marítima Sorolla suma un nuevo capítulo. El fondo británico Calder "
        "Peak mejoró su oferta pública de adquisición (OPA) sobre la naviera valenciana "
        "hasta 9 euros por acción, días después de que el grupo noruego Nordhavn Shipping "
        "presentara una oferta competidora de 8,70 euros por título."
    ))
    for bidder in ("Calder Peak", "Nordhavn Shipping"):
        (deal,) = bids(found, bidder)
        assert parties(deal, "target") == {"Marítima Sorolla"}
        assert parties(deal, "acquirer") == {bidder}
        assert deal.status == "Announced"


def test_the_subject_that_launches_a_bid_is_its_bidder(es: Language) -> None:
    found = deals(es, (
        "Marítima Sorolla cotiza en bolsa desde 2001. Fondo Calder Peak lanzó en octubre "
        "una OPA sobre la compañía."
    ))
    (deal,) = bids(found, "Fondo Calder Peak")
    assert parties(deal, "target") == {"Marítima Sorolla"}
    # (read by "parties:bidder-not-target", or since session 23 by "la compañía" never
    # meaning a fund when another company is told: either way the bidder is no target)
    assert "Fondo Calder Peak" not in parties(deal, "target")


NO_BID = [
    # a bid in a tender is for the work, not for a company
    "Marítima Sorolla opera el puerto desde 2001. Constructora Galdós presentó una oferta "
    "en la licitación de la nueva terminal.",
    # an offer for something named that is no company
    "Fondo Calder Peak lanzó una OPA sobre Marítima Sorolla. Nordhavn Shipping presentó "
    "una oferta por el segundo bloque de frecuencias.",
    # a job offer is no bid
    "Marítima Sorolla cotiza en bolsa desde 2001. Nordhavn Shipping publicó una oferta de "
    "empleo para ingenieros.",
    # an offer of services launched while a takeover is in play is no bid
    "Fondo Calder Peak compró Marítima Sorolla en 2024. Nordhavn Shipping lanzó una nueva "
    "oferta de rutas a Canarias.",
    # a counter-offer with no bid in play: a union's, in a pay talk
    "Marítima Sorolla cotiza en bolsa desde 2001. El sindicato Nordhavn Shipping presentó "
    "una contraoferta a la dirección.",
    # a public offer of shares is a listing's, not a bid
    "Marítima Sorolla cotiza en bolsa desde 2001. Nordhavn Shipping mejoró su oferta "
    "pública de acciones para su salida a bolsa.",
    # a bid for rights, not for the company in play
    "Fondo Calder Peak lanzó una OPA sobre Marítima Sorolla. Nordhavn Shipping presentó una "
    "puja por los derechos de atraque.",
]


@pytest.mark.parametrize("text", NO_BID)
def test_an_offer_for_other_things_is_no_bid_in_play(es: Language, text: str) -> None:
    assert not [d for d in bids(deals(es, text), "Nordhavn Shipping")
                if "parties:bid-in-play" in d.rules]
    assert not bids(deals(es, text), "Constructora Galdós")


# -- an object pronoun in a coordinated clause ------------------------------------------

CLITIC_SALES = [
    # the first clause's object named in apposition
    ("Hace dos años, Grupo Ventalia separó su negocio de puertos, Terminales del Turia, y un "
     "año después lo vendió a la naviera Oceanis Holding por 800 millones de euros.",
     "Oceanis Holding"),
    # the company bought, then sold
    ("Naviera Ulloa compró Terminales del Turia en 2019 y la traspasó en 2023 al fondo "
     "Keswick Partners.", "Keswick Partners"),
]


@pytest.mark.parametrize(("text", "buyer"), CLITIC_SALES)
def test_a_pronoun_in_a_coordinated_clause_is_the_first_clause_object(
    es: Language, text: str, buyer: str
) -> None:
    (deal,) = [d for d in deals(es, text) if buyer in parties(d, "acquirer")]
    assert parties(deal, "target") == {"Terminales del Turia"}
    assert "parties:clitic-in-coordination" in deal.rules


def test_a_sale_read_as_of_goods_is_a_takeover_once_its_company_is_known(
    es: Language,
) -> None:
    found = deals(es, (
        "Hace dos años, Grupo Zuera separó su negocio de autopistas, Autovías Zuera, y "
        "dieciocho meses después lo vendió entero a la aseguradora danesa Fjeld Liv por "
        "1.900 millones."
    ))
    (deal,) = [d for d in found if "parties:clitic-in-coordination" in d.rules]
    assert deal.type == "Acquisition"
    assert parties(deal, "acquirer") == {"Fjeld Liv"}
    assert parties(deal, "target") == {"Autovías Zuera"}
    assert parties(deal, "seller") == {"Grupo Zuera"}


def test_a_pronoun_after_a_personal_a_object_is_left_alone(es: Language) -> None:
    found = deals(es, "Grupo Ventalia presentó a Terminales del Turia como socio y la "
                      "vendió después.")
    assert not [d for d in found if "parties:clitic-in-coordination" in d.rules]
