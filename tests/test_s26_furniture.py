"""False names of ordinary news pages (session 26, furn10). Every page is written for
these tests, with invented outlets, companies and people.

- What a byline writes after its reporter's name and a comma, dash or bar is the
  reporter's job in the newsroom ("By Tom Hadley and Erin Vasquez, Staff Writers",
  "Por Marcos Ybarra - Periodista de economía"), no person and no organisation; letters
  the lexicon lists as post-nominal after a person's name and a comma ("Written by
  Sanjay Mehrotra, CFA") are his degree (kg.entities.furniture, ``furniture:byline_role``;
  lexicon/furniture.toml ``newsroom_roles``, ``byline_openers``).
- A blog's like button and its loading notice ("Like this:", "Like Loading...") are
  furniture whole (lexicon/furniture.toml ``whole_labels``); "Like this" only before
  its colon, for it may open a sentence (``whole_labels_colon``).
- A post's author line may name the newsroom and its desk ("Publicado por: Redacción
  Negocios"): a label heading a newsroom's label, which is no organisation
  (kg.entities.furniture, ``furniture:label``; ``head_labels``).
- The province, state or country a dateline writes after its city ("HALIFAX, Nova
  Scotia (Reuters) -") is a place (kg.entities.furniture, ``furniture:dateline_region``;
  kg.origin.dateline_region).
- A link to a section ("Ver más noticias de Economía") heads a section's name, and an
  invitation to a channel ("Únete al canal de WhatsApp de Diario Llanero") is furniture whole
  (lexicon/furniture.toml ``head_labels``, ``whole_labels``).

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s25_false import orgs, people

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


# ---------------------------------------------------------------- a byline's job


@pytest.mark.parametrize("byline, reporters", [
    ("By Daniel Morton and Sarah Kendrick, Staff Writers",
     {"Daniel Morton", "Sarah Kendrick"}),
    ("By Hattie Quorn, Chief Economics Correspondent, and Bram Pellow, Markets Reporter",
     {"Hattie Quorn", "Bram Pellow"}),
])
def test_a_bylines_job_after_the_reporter_names_nobody(
        en: Language, byline: str, reporters: set[str]) -> None:
    text = byline + "\nWexford Cables agreed to buy Linmoor Wire for $40 million."
    assert people(en, text) == reporters
    assert orgs(en, text) == {"Wexford Cables", "Linmoor Wire"}


@pytest.mark.parametrize("byline", [
    "Por Marcos Ybarra - Periodista de economía",
    "Por Marcos Ybarra, Redactora de Economía",
])
def test_a_spanish_bylines_job_names_nobody(es: Language, byline: str) -> None:
    text = byline + "\nLa Cooperativa Cafetera del Huila compró la trilladora Granos Andinos."
    assert people(es, text) == {"Marcos Ybarra"}
    assert orgs(es, text) == {"Cooperativa Cafetera del Huila", "Granos Andinos"}


def test_a_post_nominal_after_a_name_and_comma_is_no_organisation(en: Language) -> None:
    text = ("Harwick Bio agreed to acquire Solvane Labs for $120 million.\n"
            "Written by Imogen Tarrant, CFA")
    assert people(en, text) == {"Imogen Tarrant"}
    assert orgs(en, text) == {"Harwick Bio", "Solvane Labs"}


def test_a_reporters_role_outside_a_byline_stays(en: Language) -> None:
    # the rule reads only a byline's line: a named outlet after a comma is kept
    text = ("Wexford Cables agreed to buy Linmoor Wire, said Nell Parrish, "
            "Greyport Chronicle.")
    assert "Wexford Cables" in orgs(en, text)


# ---------------------------------------------------------------- a blog's like button


def test_a_blogs_like_button_names_nobody(en: Language) -> None:
    text = ("Ashwell Partners bought Corrigan Brewing for an undisclosed sum.\n"
            "Like this: Like Loading...")
    assert people(en, text) == set()
    assert orgs(en, text) == {"Ashwell Partners", "Corrigan Brewing"}


def test_like_this_opening_a_sentence_is_no_furniture(en: Language) -> None:
    text = "Like this year's sale, Ashwell Partners bought Corrigan Brewing for cash."
    assert {"Ashwell Partners", "Corrigan Brewing"} <= orgs(en, text)


# ---------------------------------------------------------------- a newsroom as author


@pytest.mark.parametrize("line", [
    "Publicado por: Redacción Negocios",
    "Escrito por: Redacción Deportes",
])
def test_a_newsroom_desk_as_a_posts_author_is_no_organisation(es: Language, line: str) -> None:
    text = line + "\nLa petrolera Andes Energía compró los activos de Crudos del Oriente."
    assert orgs(es, text) == {"Andes Energía", "Crudos del Oriente"}


def test_a_reporter_as_a_posts_author_stays(es: Language) -> None:
    text = "Publicado por Lucía Barragán\nGrupo Velasco compró Lácteos Serranía."
    assert people(es, text) == {"Lucía Barragán"}


# ---------------------------------------------------------------- a dateline's region


@pytest.mark.parametrize("dateline", [
    "HALIFAX, Nova Scotia (Reuters) - ",
    "By Daniel Morton\nHALIFAX, Nova Scotia (Reuters) - ",
])
def test_a_datelines_province_is_no_organisation(en: Language, dateline: str) -> None:
    text = dateline + "Brantwell Foods agreed to buy Orchard Lane Dairy for $45 million."
    assert "Nova Scotia" not in orgs(en, text) | people(en, text)
    assert {"Brantwell Foods", "Orchard Lane Dairy"} <= orgs(en, text)


def test_a_company_after_a_datelines_city_stays(en: Language) -> None:
    text = "HALIFAX, Brantwell Foods (Reuters) - The dairy was sold for $45 million."
    assert "Brantwell Foods" in orgs(en, text)


# ---------------------------------------------------------------- more links and prompts


@pytest.mark.parametrize("line, name", [
    ("Ver más noticias de Economía", "Economía"),
    ("Únete al canal de WhatsApp de Diario Llanero", "Diario Llanero"),
])
def test_a_section_link_or_a_channels_invitation_names_nothing(
        es: Language, line: str, name: str) -> None:
    text = ("Foto: Cortesía\nAgroindustrias Sinú compró la procesadora Lácteos Montería.\n"
            + line)
    assert name not in orgs(es, text)
    assert {"Agroindustrias Sinú", "Lácteos Montería"} <= orgs(es, text)
