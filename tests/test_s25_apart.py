"""Session 25, apart7: the unsaid "nosotros" of a Spanish verb.

A finite verb in the first person plural with no subject of its own ("Firmamos una
alianza con Y", "suscribimos el 30 % de Y") says "we" by its ending (a null subject,
sujeto tácito): the organisation the text speaks for, as "we" and "nosotros" are
read (kg.deals.first_person.unsaid_we, kg.deals.refer.dropped_we), not the subject of
the sentence before nor the company named last. A text speaks with one voice: once
its "we" is known, a later "we" no speaker claims is the same organisation."""

from __future__ import annotations

from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

FUND = ("Fondo Cumbre Verde", "Logística Barú", "Almacenes Pardo", "Banco Tierra Firme",
        "Nordkap Freight")


def found(nlp: Language, text: str, names: tuple[str, ...]) -> list[tuple[str, dict]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, names)]


def test_an_unsaid_we_signs_for_the_text_not_the_company_named_last(es: Language) -> None:
    text = ("Fondo Cumbre Verde envió ayer su carta trimestral a los inversionistas. "
            "Logística Barú duplicó sus ventas. "
            "En octubre firmamos una alianza con Banco Tierra Firme para lanzar una tarjeta.")
    partners = [r["partner"] for kind, r in found(es, text, FUND) if kind == "Partnership"]
    assert {"Fondo Cumbre Verde", "Banco Tierra Firme"} in partners
    assert not any("Logística Barú" in p for p in partners)


def test_an_unsaid_we_keeps_its_voice_through_the_text(es: Language) -> None:
    text = ("Estimados inversionistas del Fondo Cumbre Verde: el trimestre fue bueno. "
            "En septiembre cerramos la venta de nuestra participación en Logística Barú "
            "al grupo Nordkap Freight. "
            "Firmamos una carta de intención para adquirir el 60% de Almacenes Pardo.")
    bought = [r for kind, r in found(es, text, FUND) if "Almacenes Pardo" in r.get("target", set())]
    assert bought and bought[0].get("acquirer") == {"Fondo Cumbre Verde"}


def test_a_third_person_unsaid_subject_still_continues_the_subject_before(es: Language) -> None:
    # "firmó", third person: the subject before, not the text's voice
    text = ("Estimados inversionistas del Fondo Cumbre Verde: el trimestre fue bueno. "
            "Logística Barú duplicó sus ventas. "
            "En octubre firmó una alianza con Banco Tierra Firme.")
    partners = [r["partner"] for kind, r in found(es, text, FUND) if kind == "Partnership"]
    assert {"Logística Barú", "Banco Tierra Firme"} in partners


def test_an_unsaid_we_that_only_weighs_a_deal_is_no_party(es: Language) -> None:
    # what "we" believes about a sale is no deal of ours
    text = ("Estimados inversionistas del Fondo Cumbre Verde: el trimestre fue bueno. "
            "Creemos que la venta de Almacenes Pardo a Nordkap Freight se cerrará pronto.")
    for _, r in found(es, text, FUND):
        assert "Fondo Cumbre Verde" not in set().union(*r.values())
