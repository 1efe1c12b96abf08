"""Session 36, helper apart11 (issue #13): Spanish deals whose parties are told in
different sentences.

- "Hace dos años captó 9 millones en una serie A encabezada por Y": a round told as what the
  money was raised "en" by a verb of raising with its subject left unsaid is raised by
  the company that verb's subject continues (the subject of the sentence before), as
  the round said as its object is (``kg.deals.roles._round_raised_in``). A round joined
  ("participó en una ronda") is no round raised.
- A bid that calls itself a rival's or binding ("una oferta competidora", "una oferta
  vinculante"), with nothing said of what it is for and no takeover in play near it,
  competes for the deal the article opened with: for its target, and from its seller
  (``kg.deals.pugna._lede_sale``, ``parties:bid-for-lede-deal``); after a sale done, it
  is a bid that lost. An offer of goods ("una oferta de fibra") competes for nothing.
- "X aún no sabe si aceptará la OPA. Tampoco lo ha hecho Y, con un 5 %": a pro-verb
  ("lo ha hecho") stands for the verb of the sentence before, so a holder told with it
  answers the bid as that verb does and holds the bid's target
  (``kg.deals.tacit._pro_verb``); after a verb that answers no bid, it holds nothing of
  the target.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- a round raised "en", with the subject unsaid --------------------------------------


def test_round_raised_in_takes_the_unsaid_subject(es: Language) -> None:
    deals = _deals(es, "Aritz Robotics fabrica drones para inspección de puentes. Hace dos "
                   "años captó 9 millones en una serie A encabezada por Bidasoa Capital.")
    assert [_roles(d) for d in deals] == [
        {("investee", "Aritz Robotics"), ("investor", "Bidasoa Capital")}
    ]


def test_round_joined_is_no_round_raised(es: Language) -> None:
    deals = _deals(es, "Aritz Robotics fabrica drones para inspección de puentes. En 2021 "
                   "participó en una ronda liderada por Bidasoa Capital.")
    assert not any(("investee", "Aritz Robotics") in _roles(d) for d in deals)


# -- a rival or binding bid competes for the deal of the lede --------------------------


_OPA = ("El grupo Tintes Aldaba lanzó una OPA sobre Pinturas Rovira por 800 millones. "
        "Aldaba compró en 2020 la química Resinas Prat. En 2022 vendió su negocio de "
        "barnices a Lacas Ebro. La batalla será larga, según los analistas. Los bonos "
        "subieron. ")


def test_rival_bid_far_from_the_lede_is_for_its_target(es: Language) -> None:
    deals = _deals(es, _OPA + "El fondo Kessler Partners estudia presentar una oferta "
                   "competidora.")
    assert {("acquirer", "Kessler Partners"), ("target", "Pinturas Rovira")} in [
        _roles(d) for d in deals
    ]


def test_offer_of_goods_competes_for_nothing(es: Language) -> None:
    deals = _deals(es, _OPA + "El fondo Kessler Partners presentó una oferta de fibra óptica.")
    assert not any(("acquirer", "Kessler Partners") in _roles(d) for d in deals)


def test_binding_bid_after_a_sale_lost_it(es: Language) -> None:
    deals = _deals(es, "La cadena Grupo Mirasol ha cerrado la venta de su complejo de "
                   "Tarifa al fondo Brandt Capital por 50 millones. El comprador es una "
                   "sociedad alemana. Mirasol seguirá gestionando el complejo. El complejo "
                   "tiene 300 habitaciones. Las reservas crecieron en verano. Según "
                   "fuentes del sector, la socimi Vantor Rentas Hoteleras había presentado "
                   "asimismo una oferta vinculante, sin éxito.")
    lost = [d for d in deals if ("acquirer", "Vantor Rentas Hoteleras") in _roles(d)]
    assert [_roles(d) for d in lost] == [
        {("acquirer", "Vantor Rentas Hoteleras"), ("seller", "Grupo Mirasol")}
    ]
    assert lost[0].status == "Cancelled"


# -- "tampoco lo ha hecho": a holder answering the bid ---------------------------------


_BID = ("La pugna por Galletas Ribas vive un nuevo capítulo. El grupo Harinas Tormo "
        "presentó este martes una OPA sobre la mayoría del capital de la galletera "
        "vizcaína, sin el apoyo de su consejo. El precio supone una prima del 20%. El "
        "mayor accionista de Galletas Ribas, el fondo Brezo Capital, todavía no sabe si ")


def test_pro_verb_holder_answers_the_bid(es: Language) -> None:
    deals = _deals(es, _BID + "va a aceptar la OPA. Tampoco lo ha hecho la aseguradora "
                   "Mutua Ortigal, que tiene el 6%.")
    assert {("investor", "Mutua Ortigal"), ("investee", "Galletas Ribas")} in [
        _roles(d) for d in deals
    ]


def test_pro_verb_after_no_answer_holds_nothing_of_the_target(es: Language) -> None:
    deals = _deals(es, _BID + "va a ampliar su planta. Tampoco lo ha hecho la aseguradora "
                   "Mutua Ortigal, que tiene el 6% de Cereales Osma.")
    assert not any(("investee", "Galletas Ribas") in _roles(d) and
                   ("investor", "Mutua Ortigal") in _roles(d) for d in deals)
