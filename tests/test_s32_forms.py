"""Session 32, helper forms (issue #13): deals printed as notices and forms (inventory
tests/data/constructions/forms).

- A contract award notice names its parties in labelled fields: the body that awards
  buys ("Awarding authority: X", "Órgano de contratación: X", "Convocante: X", "Owner:
  Government of X, Department of Y"), the firm awarded sells ("Awarded to: Y",
  "Adjudicatario: Y", "Licitante ganador: Y", "Supplier: Y" beside a "Buyer: X"); the
  awarder told once holds for every lot ("Lot 2 – …: awarded to Y") and, named in no
  field, is the body the notice's heading names alone on a line
  (``kg.deals.fields``, ``frame:award-fields``). A call for tenders, bids with no
  winner and a "desierto" award name no firm awarded (no deal).
- An exchange announcement's defined term ("The Company has today completed …", "the
  Group", "La Sociedad comunica …", "La Emisora informa …") stands for the issuer its
  heading names alone on a line or in an issuer's field
  (``kg.deals.refer.notice_issuer``); in prose with no such heading the term is left to
  the other rules.
"""

from __future__ import annotations

from spacy.language import Language

from kg.facts import Deal


def _deals(nlp: Language, text: str) -> list[Deal]:
    return list(nlp(text)._.kg_deals)


def _roles(deal: Deal) -> set[tuple[str, str]]:
    return {(role, ref.name) for role, ref in deal.roles}


# -- award notices -----------------------------------------------------------------------


def test_an_award_notice_names_the_awarder_and_the_firm_awarded(en: Language) -> None:
    deals = _deals(en, "Contract award notice\nAwarding authority: Sefton Vale Council\n"
                       "Awarded to: Harbin Roofing Ltd, Sefton\nContract value: £300,000\n")
    assert [(d.type, d.status) for d in deals] == [("PurchaseAgreement", "Completed")]
    assert _roles(deals[0]) == {("buyer", "Sefton Vale Council"), ("seller", "Harbin Roofing")}
    assert deals[0].amount is not None and deals[0].amount.value == 300000


def test_a_spanish_award_notice_with_fields_between(es: Language) -> None:
    deals = _deals(es, "Anuncio de adjudicación\nÓrgano de contratación: Ayuntamiento de "
                       "Robledal\nObjeto: limpieza viaria\nAdjudicatario: Barridos del Tajo, "
                       "S.L.\nImporte de adjudicación: 2,4 millones de euros\n")
    assert len(deals) == 1
    assert _roles(deals[0]) == {("buyer", "Ayuntamiento de Robledal"),
                                ("seller", "Barridos del Tajo")}
    assert deals[0].amount is not None and deals[0].amount.value == 2400000


def test_latin_american_labels(es: Language) -> None:
    deals = _deals(es, "Resultado de adjudicación\nOrganismo comprador: Municipalidad de "
                       "Pelarco\nNombre de la licitación: Suministro de mobiliario escolar\n"
                       "Proveedor adjudicado: Muebles del Maule SpA\n")
    assert [_roles(d) for d in deals] == [{("buyer", "Municipalidad de Pelarco"),
                                           ("seller", "Muebles del Maule")}]


def test_each_lot_is_awarded_by_the_awarder_told_once(en: Language) -> None:
    deals = _deals(en, "Parks notice\nAwarding authority: Dunmere City Council\n"
                       "Lot 1 – Mowing: awarded to Greenway Cutters Ltd, value £200,000\n"
                       "Lot 2 – Tree surgery: awarded to Oakhill Arborists Ltd, value £90,000\n")
    assert sorted(_roles(d) for d in deals) == sorted([
        {("buyer", "Dunmere City Council"), ("seller", "Greenway Cutters")},
        {("buyer", "Dunmere City Council"), ("seller", "Oakhill Arborists")},
    ])
    assert sorted(d.amount.value for d in deals if d.amount) == [90000, 200000]


def test_a_buyer_beside_a_supplier_is_a_contract(en: Language) -> None:
    deals = _deals(en, "Awarded contract\nBuyer: Kelston Hospital Trust\nSupplier: Ardley "
                       "Laundry Services Ltd\nValue: £400,000\n")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("PurchaseAgreement", {("buyer", "Kelston Hospital Trust"),
                               ("seller", "Ardley Laundry Services")})]


def test_the_awarder_may_be_the_last_body_of_its_field(en: Language) -> None:
    deals = _deals(en, "AWARD NOTICE\nOwner: Government of Nunavik, Department of Community "
                       "Works\nAwarded to: Ungava Paving Ltd., Kuujjuaq\n")
    assert [_roles(d) for d in deals] == [{("buyer", "Department of Community Works"),
                                           ("seller", "Ungava Paving")}]


def test_a_call_for_tenders_is_no_award(es: Language, en: Language) -> None:
    assert not _deals(es, "Anuncio de licitación\nÓrgano de contratación: Ayuntamiento de "
                          "Robledal\nObjeto: limpieza viaria\nValor estimado: 2,4 millones "
                          "de euros\n")
    assert not _deals(en, "Tender update\nAwarding authority: Holby Transport Authority\n"
                          "Bids received:\nClearbrook Services Ltd – £410,000\nEvaluation "
                          "is under way.\n")


def test_a_desierto_award_names_no_winner(es: Language) -> None:
    assert not _deals(es, "Anuncio de resolución\nÓrgano de contratación: Ayuntamiento de "
                          "Fuenmayor\nLicitador excluido: Socorristas del Ebro, S.L.\n"
                          "Resultado: desierto\n")


# -- the issuer of an exchange announcement --------------------------------------------


def test_the_group_is_the_issuer_named_in_the_heading(en: Language) -> None:
    deals = _deals(en, "Tolland Holdings plc\nAcquisition of Ridgeway Fixings\nThe Group "
                       "announces that it has today acquired Ridgeway Fixings Ltd, a supplier "
                       "of bolts, for an initial consideration of £4.5 million.\n")
    assert [_roles(d) for d in deals] == [{("acquirer", "Tolland"),
                                           ("target", "Ridgeway Fixings")}]


def test_the_company_agrees_to_acquire(en: Language) -> None:
    deals = _deals(en, "Market announcement\nPemberton Resources Limited\nBinding agreement to "
                       "acquire Kallara Mining Pty Ltd\nThe Company has entered into a binding "
                       "share sale agreement with Dunmore Minerals Limited to acquire 100% of "
                       "Kallara Mining Pty Ltd for A$8 million in cash.\n")
    assert any({("acquirer", "Pemberton Resources"), ("target", "Kallara Mining")} <= _roles(d)
               for d in deals)


def test_la_emisora_is_the_issuer_of_its_field(es: Language) -> None:
    deals = _deals(es, "Evento relevante\nEmisora: Grupo Industrial Tlaxcala, S.A.B. de C.V.\n"
                       "Asunto: Conclusión de una adquisición\nLa Emisora informa que concluyó "
                       "la adquisición de Cartones Apizaco, S.A. de C.V., fabricante de cajas, "
                       "por un monto de 300 millones de pesos mexicanos.\n")
    assert [(_roles(d), d.status) for d in deals] == [
        ({("acquirer", "Grupo Industrial Tlaxcala"), ("target", "Cartones Apizaco")},
         "Completed")]


def test_the_company_without_a_heading_is_left_alone(en: Language) -> None:
    # no line names the issuer alone: "the Company" is not read as the notice's issuer
    text = ("Analysts at Brendle Securities praised Tolland Holdings on Monday. The Company "
            "has today acquired Ridgeway Fixings Ltd, a supplier of bolts.")
    assert not any(("acquirer", "Brendle Securities") in _roles(d) for d in _deals(en, text))


# -- a competition authority's case header ---------------------------------------------


def test_a_case_header_over_an_acquisition_names_acquirer_and_target(en: Language) -> None:
    deals = _deals(en, "Case M.11600 – Harlen AG / Brisco Freight\nNotification: 4 May 2026\n"
                       "Operation: acquisition of sole control\nDecision: cleared in phase 1\n")
    assert [(_roles(d), d.status) for d in deals] == [
        ({("acquirer", "Harlen"), ("target", "Brisco Freight")}, "Announced")]


def test_an_expediente_number_is_no_part_of_the_name(es: Language) -> None:
    doc = es("Concentraciones autorizadas\nExpediente C/1601/26 Aceites Montoro / Almazara "
             "del Guadajoz\nOperación: adquisición del control exclusivo\n")
    assert {e.name for e in doc._.kg_entities if e.kind == "org"} == {
        "Aceites Montoro", "Almazara del Guadajoz"}
    assert [_roles(d) for d in doc._.kg_deals] == [
        {("acquirer", "Aceites Montoro"), ("target", "Almazara del Guadajoz")}]


def test_a_joint_venture_or_a_header_alone_is_no_takeover(en: Language) -> None:
    assert not _deals(en, "Case M.11601 – Harlen AG / Brisco Freight / JV\nOperation: "
                          "creation of a joint venture\n")
    assert not _deals(en, "Case M.11602 – Harlen AG / Brisco Freight\nDecision: cleared in "
                          "phase 1\n")


# -- lots and list items -------------------------------------------------------------


def test_spanish_lots_each_adjudicado_a(es: Language) -> None:
    deals = _deals(es, "Adjudicación por lotes\nÓrgano de contratación: Autoridad Portuaria de "
                       "Vilacoba\nLote 1 (grúas): adjudicado a Izados del Cantábrico, S.A., por "
                       "2,1 millones de euros\nLote 2 (balizas): adjudicado a Faros del Norte, "
                       "S.L., por 300.000 euros\n")
    assert sorted(sorted(_roles(d)) for d in deals) == [
        [("buyer", "Autoridad Portuaria de Vilacoba"), ("seller", "Faros del Norte")],
        [("buyer", "Autoridad Portuaria de Vilacoba"), ("seller", "Izados del Cantábrico")],
    ]


def test_a_bare_spanish_participle_is_a_passive(es: Language) -> None:
    deals = _deals(es, "Operaciones recientes\n• Conservas Lira — vendida a Alimentos Barbanza "
                       "por Inversiones Ulla, febrero\n")
    assert [_roles(d) for d in deals] == [{("target", "Conservas Lira"),
                                           ("acquirer", "Alimentos Barbanza"),
                                           ("seller", "Inversiones Ulla")}]


def test_a_perfect_participle_stays_active(es: Language) -> None:
    deals = _deals(es, "Conservas Lira ha vendido su planta de Vigo a Alimentos Barbanza.")
    assert all(("seller", "Conservas Lira") in _roles(d) for d in deals) and deals


# -- a US contract announcement ------------------------------------------------------


def test_the_contracting_activity_buys(en: Language) -> None:
    deals = _deals(en, "Corbell Marine Systems Inc., Mobile, Alabama, has been awarded a "
                       "$12,500,000 firm-fixed-price contract for hull repairs of patrol boats. "
                       "Work is expected to be completed by March 2027. Southern Fleet Support "
                       "Command, Mobile, Alabama, is the contracting activity.")
    assert [(d.type, _roles(d)) for d in deals] == [
        ("PurchaseAgreement", {("seller", "Corbell Marine Systems"),
                               ("buyer", "Southern Fleet Support Command")})]


def test_an_award_with_no_contracting_activity_names_no_buyer(en: Language) -> None:
    deals = _deals(en, "Corbell Marine Systems Inc. has been awarded a $12,500,000 contract "
                       "for hull repairs. Southern Fleet Support Command is the largest "
                       "customer of the yard.")
    assert not any(("buyer", "Southern Fleet Support Command") in _roles(d) for d in deals)


def test_a_term_defined_in_quotes_is_not_the_headings(en: Language) -> None:
    # the letter's writer heads it; "the Company" is the name the text defines
    text = ("BRANDOCK CORPORATE ADVISORY LTD\nTo the shareholders of Pelling Marine Ltd "
            "(\"Pelling\" or the \"Company\")\nIn 2024, the Company sold its Hull warehouse "
            "to Orrin Properties Ltd for £9.5 million.\n")
    assert not any(("seller", "Brandock Corporate Advisory") in _roles(d) or
                   ("seller", "BRANDOCK CORPORATE ADVISORY") in _roles(d)
                   for d in _deals(en, text))


# -- a deal table ----------------------------------------------------------------------


def test_a_deal_tables_party_cells_are_companies(en: Language, es: Language) -> None:
    deals = _deals(en, "Acquisitions completed in the period:\nBusiness acquired | Acquired by "
                       "| Consideration\nTarrant Metrics | Holmbury Analytics | £4.2m\n")
    assert [(_roles(d), d.amount and d.amount.value) for d in deals] == [
        ({("acquirer", "Holmbury Analytics"), ("target", "Tarrant Metrics")}, 4200000)]
    deals = _deals(es, "Adquisiciones cerradas en el periodo:\nSociedad adquirida | Comprador | "
                       "Importe\nReciclados Jalón, S.L. | Calatayud Medioambiente | 3,4 millones "
                       "de euros\n")
    assert [_roles(d) for d in deals] == [{("acquirer", "Calatayud Medioambiente"),
                                           ("target", "Reciclados Jalón")}]


def test_a_table_of_results_names_no_company_in_its_cells(en: Language) -> None:
    doc = en("Marrick Group plc interim results\nSegment | Revenue | Operating profit\n"
             "Marrick Logistics | £84.1m | £9.2m\n")
    assert not doc._.kg_deals
