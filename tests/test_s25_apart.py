"""Session 25, apart7: the unsaid "nosotros" of a Spanish verb, a transcript's
speaker labels.

A finite verb in the first person plural with no subject of its own ("Firmamos una
alianza con Y", "suscribimos el 30 % de Y") says "we" by its ending (a null subject,
sujeto tácito): the organisation the text speaks for, as "we" and "nosotros" are
read (kg.deals.first_person.unsaid_we, kg.deals.refer.dropped_we), not the subject of
the sentence before nor the company named last. A text speaks with one voice: once
its "we" is known, a later "we" no speaker claims is the same organisation.

A transcript's speaker label ("MARTA ROIG: Firmamos ...") says who speaks, through the
paragraphs of the turn: their company's "we", or nobody's for a person with none
(kg.deals.first_person._label_speaker)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_deal_roles_es import deals_among, roles

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py

FUND = ("Fondo Cumbre Verde", "Transportes Quillay", "Bodegas Pardo", "Banco Tierra Firme",
        "Skarholt Linjer")


def found(nlp: Language, text: str, names: tuple[str, ...]) -> list[tuple[str, dict]]:
    return [(d.type, roles(d)) for d in deals_among(nlp, text, names)]


def _deals(nlp: Language, text: str) -> list[tuple[str, dict]]:
    return [(d.type, roles(d)) for d in nlp(text)._.kg_deals]


def test_an_unsaid_we_signs_for_the_text_not_the_company_named_last(es: Language) -> None:
    text = ("Fondo Cumbre Verde envió ayer su carta trimestral a los inversionistas. "
            "Transportes Quillay duplicó sus ventas. "
            "En octubre firmamos una alianza con Banco Tierra Firme para lanzar una tarjeta.")
    partners = [r["partner"] for kind, r in found(es, text, FUND) if kind == "Partnership"]
    assert {"Fondo Cumbre Verde", "Banco Tierra Firme"} in partners
    assert not any("Transportes Quillay" in p for p in partners)


def test_an_unsaid_we_keeps_its_voice_through_the_text(es: Language) -> None:
    text = ("Queridos partícipes del Fondo Cumbre Verde: cerramos un año sólido. "
            "En marzo vendimos nuestro 40% de Transportes Quillay a la naviera Skarholt "
            "Linjer. Firmamos también una carta de intención con la que compraríamos el 55% "
            "de Bodegas Pardo.")
    bought = [r for kind, r in found(es, text, FUND) if "Bodegas Pardo" in r.get("target", set())]
    assert bought and bought[0].get("acquirer") == {"Fondo Cumbre Verde"}


def test_the_outlet_that_presents_a_letter_is_not_its_voice(es: Language) -> None:
    # the agency's lede presents the fund's letter: the letter's "we" is the fund's
    text = ("Europa Press difunde, con permiso de la gestora, el escrito que Grupo Tapirá "
            "mandó a sus partícipes.\n\n"
            "Estimados inversionistas:\n\nEn octubre firmamos una alianza con Banco Tierra Firme.")
    partners = [r["partner"] for kind, r in _deals(es, text) if kind == "Partnership"]
    assert partners == [{"Grupo Tapirá", "Banco Tierra Firme"}]


def test_a_third_person_unsaid_subject_still_continues_the_subject_before(es: Language) -> None:
    # "firmó", third person: the subject before, not the text's voice
    text = ("Estimados inversionistas del Fondo Cumbre Verde: el trimestre fue bueno. "
            "Transportes Quillay duplicó sus ventas. "
            "Este otoño firmó una alianza con Banco Tierra Firme.")
    partners = [r["partner"] for kind, r in found(es, text, FUND) if kind == "Partnership"]
    assert {"Transportes Quillay", "Banco Tierra Firme"} in partners


def test_an_unsaid_we_that_only_weighs_a_deal_is_no_party(es: Language) -> None:
    # what "we" believes about a sale is no deal of ours
    text = ("Estimados inversionistas del Fondo Cumbre Verde: el trimestre fue bueno. "
            "Creemos que la venta de Bodegas Pardo a Skarholt Linjer se cerrará pronto.")
    for _, r in found(es, text, FUND):
        assert "Fondo Cumbre Verde" not in set().union(*r.values())


# --- a transcript's speaker labels ---------------------------------------------------


def test_a_speaker_label_says_whose_we_it_is(es: Language) -> None:
    text = ("Transcripción de la rueda de prensa que dio ayer Marta Roig, "
            "directora general de Grupo Tapirá, en Asunción.\n\n"
            "PERIODISTA (Radio Istmo): ¿Qué hicieron en octubre?\n\n"
            "MARTA ROIG: Transportes Yacyretá S.A. duplicó sus ventas. En octubre firmamos "
            "una alianza con Banco Tierra Firme.")
    partners = [r["partner"] for kind, r in _deals(es, text) if kind == "Partnership"]
    assert partners == [{"Grupo Tapirá", "Banco Tierra Firme"}]


def test_a_labelled_speaker_with_no_company_speaks_for_none(es: Language) -> None:
    # the governor's "we" (in the next paragraph of his turn too) is no company's
    text = ("Transcripción de la audiencia pública del gobernador, Tomás Ureña.\n\n"
            "GOBERNADOR UREÑA: Gracias. Transportes Yacyretá S.A. duplicó sus ventas.\n\n"
            "Segundo punto. Firmamos un convenio con Banco Tierra Firme para el riego.")
    for kind, r in _deals(es, text):
        assert not (kind == "Partnership" and "Transportes Yacyretá" in r.get("partner", set()))


def test_a_label_that_names_no_person_says_no_ones_we(es: Language) -> None:
    # a label that names an outlet, no person: the voice is the text's
    text = ("Grupo Tapirá envió ayer un comunicado a sus clientes.\n\n"
            "PERIODISTA (Radio Istmo): ¿Y la tarjeta?\n\n"
            "En octubre firmamos una alianza con Banco Tierra Firme.")
    partners = [r["partner"] for kind, r in _deals(es, text) if kind == "Partnership"]
    assert partners == [{"Grupo Tapirá", "Banco Tierra Firme"}]
