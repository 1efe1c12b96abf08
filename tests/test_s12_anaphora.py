"""Deal parties named by anaphora (session 12, issue 13), each rule on sentences written
for these tests: a description agrees with its referent in trade and place ("the
insurer" is not the asset manager named last, "el grupo francés" not "la española X");
a role noun ("the buyer", "la compradora", "la empresa adquirida") is the party that held
that role in the deal just told (``role_anaphor``); a Spanish finite verb with its
subject dropped ("Este año ha comprado X") continues the subject of the sentence before;
investors named after the round with a verb of joining or leading ("B and C also took
part", "También participaron B y C", "X led the investment") join that round
(``parties:round-joined-after``); "the company" and "its" in one clause are one party.
The inventory these came from is tests/data/constructions/coref.

The tests run the installed pipelines and are marked ``model``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.deals.agree import place_key
from kg.facts import Deal
from tests.test_background_deals import deals, parties

pytestmark = pytest.mark.model  # the ``es`` and ``en`` pipelines come from conftest.py


def one(found: list[Deal], type_: str) -> Deal:
    (deal,) = [d for d in found if d.type == type_]
    return deal


# -- agreement: a description names its referent's trade or place ----------------------

def test_a_trade_description_skips_the_previous_subject_of_another_trade(en: Language) -> None:
    found = deals(en, "The lender Kingsmere Bank cut its rating on Tolland Software on "
                      "Wednesday. The software group has agreed to buy Brantwood Data for $95 "
                      "million.")
    deal = one(found, "Acquisition")
    assert parties(deal, "acquirer") == {"Tolland Software"}
    assert parties(deal, "target") == {"Brantwood Data"}


def test_a_description_of_the_same_trade_keeps_the_previous_subject(en: Language) -> None:
    # the negative: "the bank" may well be the bank that was the subject before
    found = deals(en, "Kingsmere Bank cut its rating on Tolland Software on Wednesday. The "
                      "bank has agreed to buy Brantwood Data for $95 million.")
    assert parties(one(found, "Acquisition"), "acquirer") == {"Kingsmere Bank"}


def test_the_insurer_is_not_the_asset_manager_named_before(en: Language) -> None:
    found = deals(en, "The asset manager Ardwell Partners hired Nora Pike from Cresthaven "
                      "Insurance on Monday. The insurer also completed its purchase of Wexley "
                      "Life for $1.1 billion.")
    assert parties(one(found, "Acquisition"), "acquirer") == {"Cresthaven Insurance"}


def test_la_firma_de_capital_riesgo_is_not_the_law_firm_subject(es: Language) -> None:
    found = deals(es, "El despacho Urquiza & Solé asesoró a Miranda Capital en su última "
                      "operación. La firma de capital riesgo ha cerrado la compra de la cadena "
                      "de gimnasios Fortia por 48 millones de euros.")
    deal = one(found, "Acquisition")
    assert parties(deal, "acquirer") == {"Miranda Capital"}
    assert "Urquiza & Solé" not in {x.name for _, x in deal.roles}


def test_la_aseguradora_is_not_the_consultancy_subject(es: Language) -> None:
    found = deals(es, "La consultora Tarsis Research publicó el lunes un informe sobre Seguros "
                      "Alcotán. La aseguradora ha comprado la correduría Brial Correduría por 22 "
                      "millones de euros.")
    assert parties(one(found, "Acquisition"), "acquirer") == {"Seguros Alcotán"}


def test_el_grupo_frances_is_the_french_party_not_the_spanish_subject(es: Language) -> None:
    found = deals(es, "La española Bodegas Arlanza perdió cuota frente a la francesa Maison "
                      "Corbière. El grupo francés ha acordado la compra de Viña Lontué por 75 "
                      "millones de dólares.")
    assert parties(one(found, "Acquisition"), "acquirer") == {"Maison Corbière"}


def test_a_plain_group_still_continues_the_previous_subject(es: Language) -> None:
    # the negative: "el grupo" says nothing of place, so centering decides
    found = deals(es, "La española Bodegas Arlanza perdió cuota frente a la francesa Maison "
                      "Corbière. El grupo ha acordado la compra de Viña Lontué por 75 millones "
                      "de dólares.")
    assert parties(one(found, "Acquisition"), "acquirer") == {"Bodegas Arlanza"}


def test_place_keys_join_a_demonym_its_forms_and_its_country() -> None:
    assert place_key("francesa") == place_key("francés") == place_key("French") \
        == place_key("Francia")
    assert place_key("cordobesa") == place_key("cordobés")
    assert place_key("vasca") == place_key("Basque")
    assert place_key("Ohio") != place_key("Boston")


# -- role anaphora: "the buyer", "la compradora", "la empresa adquirida" ----------------

def test_the_buyer_pays_the_price_of_the_deal_just_told(en: Language) -> None:
    found = deals(en, "Pellham Capital has agreed to acquire Dorrit Creamery, the two sides "
                      "said on Tuesday. The buyer will pay £150 million and keep all the jobs.")
    deal = one(found, "Acquisition")
    assert parties(deal, "acquirer") == {"Pellham Capital"}
    assert deal.amount is not None and deal.amount.value == 150_000_000


def test_la_compradora_is_the_acquirer_not_the_company_named_last(es: Language) -> None:
    found = deals(es, "La aseguradora Mutua Baztán acordó en junio la compra de Seguros Oroel "
                      "por 210 millones de euros. La compradora también ha adquirido este mes el "
                      "15% de la corredora Tenerías Correduría.")
    stake = one(found, "Investment")
    assert parties(stake, "investor") == {"Mutua Baztán"}
    assert parties(stake, "investee") == {"Tenerías Correduría"}


def test_the_buyer_as_investor_of_a_second_deal(en: Language) -> None:
    found = deals(en, "Ruthven Media agreed in May to buy Kelloway Radio for $60 million. Last "
                      "week the buyer also took a 10% stake in Orrin Podcasts, a London start-up.")
    assert parties(one(found, "Investment"), "investor") == {"Ruthven Media"}


def test_la_empresa_adquirida_is_the_target_of_the_deal_just_told(es: Language) -> None:
    found = deals(es, "Transportes Sil ha completado la adquisición de Logística Urbión por 55 "
                      "millones de euros. La empresa adquirida compró el año pasado la "
                      "distribuidora Envíos Jalón.")
    second = [d for d in found if "Envíos Jalón" in parties(d, "target")]
    assert len(second) == 1
    assert parties(second[0], "acquirer") == {"Logística Urbión"}


def test_a_price_target_is_no_role_anaphor(en: Language) -> None:
    # the negative: "their price target" names no party of the deal
    found = deals(en, "Pellham Capital has agreed to acquire Dorrit Creamery for £150 million. "
                      "Analysts at Fosse Research raised their price target on the buyer.")
    assert all("Fosse Research" not in {x.name for _, x in d.roles} for d in found)


# -- a dropped Spanish subject continues the subject before -----------------------------

def test_a_dropped_subject_after_a_compound_tense_is_the_previous_subject(es: Language) -> None:
    found = deals(es, "Frutas Tormes vendió el año pasado su negocio de zumos a Bebidas "
                      "Cigales. Este año ha comprado la cooperativa Huertas del Jiloca por 19 "
                      "millones de euros.")
    deal = [d for d in found if "Huertas del Jiloca" in parties(d, "target")]
    assert len(deal) == 1
    assert parties(deal[0], "acquirer") == {"Frutas Tormes"}


# -- investors told after the round ------------------------------------------------------

def test_english_investors_who_also_took_part(en: Language) -> None:
    found = deals(en, "Solvane has raised €18 million in a Series A round. The round was led "
                      "by Dunmere Ventures. Halcrow Capital and Pennant Partners also took part.")
    deal = one(found, "Investment")
    assert parties(deal, "investee") == {"Solvane"}
    assert parties(deal, "investor") == {"Dunmere Ventures", "Halcrow Capital", "Pennant Partners"}


def test_spanish_investors_who_also_participated(es: Language) -> None:
    found = deals(es, "La startup Logitra ha cerrado una ronda de financiación de 10 millones de "
                      "euros. La ronda fue liderada por Bergara Ventures. También participaron "
                      "Ulzama Capital y el fondo Tramuntana Seed.")
    deal = one(found, "Investment")
    assert parties(deal, "investor") == {"Bergara Ventures", "Ulzama Capital", "Tramuntana Seed"}


def test_a_lead_told_after_the_round_and_funds_that_join_it(es: Language) -> None:
    found = deals(es, "La startup Biovira ha cerrado una ronda de 32 millones de euros. Lidera "
                      "la operación Mirador Partners. Se suman a la ronda los fondos Albarda "
                      "Capital y Cerro Inversiones.")
    deal = one(found, "Investment")
    assert parties(deal, "investor") == {"Mirador Partners", "Albarda Capital", "Cerro Inversiones"}


@pytest.mark.parametrize("after", [
    "Halcrow Capital also took part in the talks with regulators.",
    "Halcrow Capital joined the board of Verity Labs.",
])
def test_joining_something_else_is_no_round_investor(en: Language, after: str) -> None:
    found = deals(en, "Solvane has raised €18 million in a Series A round. " + after)
    assert all("Halcrow Capital" not in parties(d, "investor") for d in found
               if "Solvane" in parties(d, "investee"))


def test_participating_in_another_company_is_no_round_investor(es: Language) -> None:
    found = deals(es, "La startup Logitra ha cerrado una ronda de 10 millones de euros. Ulzama "
                      "Capital también participa en Lumbre Foods.")
    assert all("Ulzama Capital" not in parties(d, "investor") for d in found
               if "Logitra" in parties(d, "investee"))


# -- "the company" and "its" in one clause are one party ----------------------------------

def test_the_company_and_its_rival_make_a_two_party_merger(en: Language) -> None:
    found = deals(en, "Pendry Foods, whose largest customer is the retailer Garth Stores, has "
                      "had a difficult year. On Monday the company agreed to merge with its "
                      "longtime rival Sallow Holdings in an all-share deal.")
    partners = parties(one(found, "Merger"), "partner")
    # (the legal suffix "Holdings" may be dropped from the canonical name)
    assert len(partners) == 2 and "Pendry Foods" in partners
    assert "Garth Stores" not in partners


# -- an offer told again after the takeover ------------------------------------------------

def test_its_offer_of_a_price_is_the_takeover_just_told(en: Language) -> None:
    found = deals(en, "Harwood Industrial has agreed to buy Penrith Coatings. The company said "
                      "on Monday that its offer of $1.4 billion valued Penrith at a 30% premium.")
    deal = one(found, "Acquisition")
    assert parties(deal, "acquirer") == {"Harwood Industrial"}
    assert deal.amount is not None and deal.amount.value == 1_400_000_000


def test_su_oferta_asciende_a_is_the_price_of_the_opa_just_told(es: Language) -> None:
    found = deals(es, "Inversiones Duero ha lanzado una opa sobre la constructora Obras Lerma. "
                      "La compañía explicó el jueves que su oferta asciende a 840 millones de "
                      "euros.")
    deal = one(found, "Acquisition")
    assert deal.amount is not None and deal.amount.value == 840_000_000


def test_another_companys_offer_of_jobs_is_not_the_takeover(en: Language) -> None:
    found = deals(en, "Harwood Industrial has agreed to buy Penrith Coatings. Separately, Ossery "
                      "Foods said its offer of jobs to 400 workers was accepted.")
    assert [parties(d, "acquirer") for d in found] == [{"Harwood Industrial"}]
    assert "frame:offer-told-back" not in found[0].rules
