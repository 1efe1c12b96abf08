"""Session 30, helper names4 (issue #13): parties with the world's company names and
legal forms (inventory tests/data/constructions/names4).

- Finland's "Oy", Portugal's "Lda.", Japan's "K.K." close a company's name; they and
  Sweden's "AB" are legal suffixes, so "Koskela" and "Koskela Oy" are one company
  (lexicon/entities.toml legal_forms, legal_suffixes).
- Poland's "sp. z o.o." is written in lower case; its words are kept whole by the
  tokenizer, so its full stops end no sentence (kg.nlp.keep_legal_forms).
- Indonesia's "PT" opens a name: "Sumber Makmur" is "PT Sumber Makmur Tbk" short
  (lexicon legal_prefixes; kg.entities.resolve._is_short_org).
- Spanish opens no sentence with a bare noun of a company: a descriptor that opens
  it before a name a legal form closes is the name's ("Agroindustrial Motupe S.A.C.";
  kg.entities.cues._opens_legal_name).
- "Empresa Municipal", "Empresa Pública" open a public company's name ("Empresa
  Municipal de Transportes de X"), whose trade after "de" is no name of its own.
- A capitalised noun opening the sentence before "del X" makes "X" part of its name,
  not a club or company with an article ("Gravas del Cinca compra ...";
  kg.entities.cues._inside_name).
- "X de Y" is split into two organisations only where "Y" is written alone, not where
  the model read only the tail of the same whole name (kg.entities.retype._written_alone).
- An acronym stands for a longer name less its place ("EMT", "EMT de Fuentealba" of
  "Empresa Municipal de Transportes de Fuentealba"; kg.entities.resolve).
- Spanish: a head right after a given name is a surname ("Marta Caja Ruiz";
  kg.entities.cues._surname_after_given_name).
- "vecinos del X", "la cuenca del X": a place, not a club (cues._PLACE_HOLDERS).
- A model's "person" that is part of a company's name written whole there is that
  company (kg.entities.retype._name_cut_short).
- English: the Maori articles "Te", "Nga" opening a sentence open a name ("Nga Puke
  Farms bought ..."), though the tagger reads "Nga" as a preposition
  (lexicon name_articles; kg.entities.runs._sentence_initial_false).
- A public company's kind opens its name only with its owner's adjective ("Empresa
  Municipal de ..."; lexicon public_company_kinds, public_owners).

Every sentence here is invented; the names are made up.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_s22_lead import deals, names


def _orgs(nlp: Language, text: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in nlp(text)._.kg_entities if e.kind == "org"}


# -- legal forms -------------------------------------------------------------------------


def test_a_finnish_oy_is_the_legal_form_of_the_short_name(en: Language) -> None:
    text = ("Lehtinen Sahat buys Pohjola Puu\n"
            "Sawmill group Lehtinen Sahat Oy has acquired Pohjola Puu Oy for €20 million. "
            "Lehtinen Sahat chief executive Aino Rantala said the deal closed.")
    orgs = _orgs(en, text)
    assert set(orgs) == {"Lehtinen Sahat", "Pohjola Puu"}
    assert len(deals(en, text)) == 1


def test_a_portuguese_lda_closes_the_name(es: Language) -> None:
    text = ("Transportes Alcobaça, Lda. compró Frio Leiria por 5 millones de euros. "
            "El gerente de Transportes Alcobaça, Rui Matos, habló.")
    assert deals(es, text) == [{"acquirer": "Transportes Alcobaça", "target": "Frio Leiria"}]


def test_a_japanese_kk_closes_the_name(en: Language) -> None:
    text = ("Okamura Denki K.K. bought Troy Tooling for $5 million. "
            "Okamura Denki president Taro Sato said the deal closed.")
    assert deals(en, text) == [{"acquirer": "Okamura Denki", "target": "Troy Tooling"}]


def test_a_swedish_ab_is_a_legal_suffix(en: Language) -> None:
    text = ("Lindgren Verktyg AB agreed to buy Norrby Maskin AB for 300 million Swedish "
            "crowns. Lindgren Verktyg chief executive Per Ekström said the deal would close.")
    assert set(_orgs(en, text)) == {"Lindgren Verktyg", "Norrby Maskin"}


def test_a_polish_form_in_lower_case_ends_no_sentence(es: Language) -> None:
    text = ("Gravas del Cinca compró Kamien Mazury sp. z o.o. por 9 millones de euros. "
            "La empresa polaca explota dos canteras.")
    assert deals(es, text) == [{"acquirer": "Gravas del Cinca", "target": "Kamien Mazury"}]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_indonesian_pt_opens_the_long_name_only(
        en: Language, es: Language, lang: str) -> None:
    text = {
        "en": ("Sumber Makmur buys Laut Biru Fisheries\n"
               "PT Sumber Makmur Tbk bought PT Laut Biru Fisheries for $40 million. "
               "Sumber Makmur president director Agus Wibowo said the deal closed."),
        "es": ("La indonesia Sumber Makmur compra Pesquera Tarifa\n"
               "La indonesia PT Sumber Makmur Tbk compró Pesquera Tarifa por 30 millones "
               "de dólares. El presidente de Sumber Makmur, Agus Wibowo, habló."),
    }[lang]
    nlp = en if lang == "en" else es
    orgs = _orgs(nlp, text)
    assert "Sumber Makmur" in orgs["PT Sumber Makmur"]
    assert "Sumber Makmur" not in names(nlp, text, "person")
    assert len(deals(nlp, text)) == 1


def test_a_pt_of_another_name_is_not_its_short_form(en: Language) -> None:
    text = ("PT Sumber Jaya Tbk bought Laut Biru Fisheries for $40 million. "
            "Sumber Jaya Logistics said it had bid too.")
    assert {"PT Sumber Jaya", "Sumber Jaya Logistics"} <= set(_orgs(en, text))


# -- the words that open a name ------------------------------------------------------------


def test_a_descriptor_opening_the_sentence_opens_a_legal_name(es: Language) -> None:
    text = "Agroindustrial Motupe S.A.C. compró Frutos Olmos por 4 millones de dólares."
    assert deals(es, text) == [{"acquirer": "Agroindustrial Motupe", "target": "Frutos Olmos"}]


def test_a_verb_opening_the_sentence_stays_out_of_the_legal_name(es: Language) -> None:
    text = "Ayer Frutos Olmos S.A.C. compró Importadora Lurín."
    assert "Frutos Olmos" in names(es, text)


def test_empresa_heads_a_public_company_and_its_trade(es: Language) -> None:
    text = ("La Empresa Municipal de Transportes de Fuentealba compró 20 autobuses a "
            "Carrocerías Tormes por 9 millones de euros.")
    assert names(es, text) == {"Empresa Municipal de Transportes de Fuentealba",
                               "Carrocerías Tormes"}


def test_the_company_alone_is_no_name(es: Language) -> None:
    assert not names(es, "La Empresa obtuvo un beneficio de 3 millones de euros.")


def test_a_headline_noun_before_del_keeps_the_name_whole(es: Language) -> None:
    text = ("Gravas del Cinca compra Kamien Mazury\n"
            "Gravas del Cinca compró Kamien Mazury por 15 millones de euros.")
    assert names(es, text) == {"Gravas del Cinca", "Kamien Mazury"}
    assert deals(es, text) == [{"acquirer": "Gravas del Cinca", "target": "Kamien Mazury"}]


def test_the_model_reading_a_names_tail_in_a_headline_splits_nothing(es: Language) -> None:
    text = ("Áridos del Jiloca compra Kruszywa Tatry\n"
            "Áridos del Jiloca compró Kruszywa Tatry por 15 millones de euros.")
    assert deals(es, text) == [{"acquirer": "Áridos del Jiloca", "target": "Kruszywa Tatry"}]


def test_a_tail_written_alone_elsewhere_still_counts() -> None:
    from spacy.tokens import Doc

    from kg.entities.retype import _Cand, _written_alone
    from kg.nlp import Pipelines

    doc = Doc(Pipelines().get("es").vocab,
              words="Áridos del Moncayo compra Kruszywa . Áridos del Moncayo compró".split())
    assert not _written_alone(doc, _Cand(6, 9, "ORG", 1), 7)
    doc = Doc(doc.vocab, words="Moncayo compra Kruszywa . Áridos del Moncayo compró".split())
    assert _written_alone(doc, _Cand(4, 7, "ORG", 1), 5)


# -- acronyms, surnames and places ---------------------------------------------------------


@pytest.mark.parametrize("headline", [
    "Carrocerías Tormes gana el contrato de la EMT",
    "Carrocerías Tormes gana el contrato de la EMT de Fuentealba",
])
def test_an_acronym_stands_for_a_name_less_its_place(es: Language, headline: str) -> None:
    text = (f"{headline}\nLa Empresa Municipal de Transportes de Fuentealba adjudicó a "
            "Carrocerías Tormes un contrato de 9 millones de euros para suministrar "
            "20 autobuses.")
    orgs = _orgs(es, text)
    assert set(orgs) == {"Empresa Municipal de Transportes de Fuentealba", "Carrocerías Tormes"}
    assert len(deals(es, text)) == 1


def test_an_acronym_of_other_initials_stays_apart(es: Language) -> None:
    text = ("La EMV de Fuentealba y la Empresa Municipal de Transportes de Fuentealba "
            "firmaron un convenio con Carrocerías Tormes.")
    orgs = _orgs(es, text)
    assert "EMV" not in orgs.get("Empresa Municipal de Transportes de Fuentealba", set())


def test_a_head_after_a_given_name_is_a_surname(es: Language) -> None:
    text = ("Grupo Lezama compró Hoteles Rianxo por 9 millones de euros. La directora "
            "general de Grupo Lezama, Marta Caja Ruiz, dijo que reformará los hoteles.")
    assert names(es, text, "person") == {"Marta Caja Ruiz"}
    assert names(es, text) == {"Grupo Lezama", "Hoteles Rianxo"}


def test_a_head_after_a_given_name_that_opens_a_longer_name_still_opens_it(
        es: Language) -> None:
    text = "Con Ana Caja Rural de Soria firmó el acuerdo."
    assert "Caja Rural de Soria" in names(es, text)


def test_the_residents_of_a_place_name_no_company(es: Language) -> None:
    text = "Aigües de Roselló abastece a 40.000 vecinos del Montsià."
    assert names(es, text) == {"Aigües de Roselló"}


def test_a_club_with_its_article_is_still_read(es: Language) -> None:
    text = "Los accionistas del Numancia aprobaron la venta a Grupo Lezama."
    assert "Numancia" in names(es, text)


def test_a_person_the_model_cut_from_a_company_name_is_the_company(en: Language) -> None:
    text = ("Talbot Foods bought Moldes Coimbra Norte for €45 million. "
            "Moldes Coimbra Norte makes plastic moulds for carmakers.")
    assert not names(en, text, "person")
    assert names(en, text) == {"Talbot Foods", "Moldes Coimbra Norte"}


def test_a_person_named_like_part_of_no_company_stays_a_person(en: Language) -> None:
    text = "Talbot Foods hired Coimbra Norte, a consultant, in March."
    assert "Coimbra Norte" in names(en, text, "person")


# -- Maori articles opening a name ---------------------------------------------------------


def test_a_maori_article_opening_a_sentence_opens_the_name(en: Language) -> None:
    text = "Nga Puke Farms bought Tawa Dairy for NZ$5 million."
    assert deals(en, text) == [{"acquirer": "Nga Puke Farms", "target": "Tawa Dairy"}]


def test_a_spanish_te_opening_a_sentence_is_a_pronoun(es: Language) -> None:
    assert names(es, "Te ofrecemos Grupo Lezama como socio.") == {"Grupo Lezama"}
