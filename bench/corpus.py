"""A synthetic corpus of business news for benchmarks, from templates written by
the kg team, in Spanish and English, with realistic lengths and deal density.

    python bench/corpus.py 1000 > /tmp/corpus.jsonl

Deterministic: the same count and seed give the same articles.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator

COMPANIES = [
    "Lumen AI", "Vatio Semiconductores", "Harbor Analytics", "Quill Data", "Granite Ventures",
    "Northwind Cloud", "Banco Meridiano", "Norte Capital", "Orbita Labs", "Nimbo Chips",
    "Altamar Energía", "Cobalto Telecom", "Brava Foods", "Molinos del Sur", "Kestrel Robotics",
    "Pinecrest Bank", "Solano Seguros", "Atlas Minerals", "Delta Fintech", "Rivera Logística",
    "Helix Biotech", "Summit Retail", "Cierzo Renovables", "Tramontana Capital",
]
PEOPLE = [
    "Clara Ibarra", "Daniel Okafor", "Lucía Moreno", "Martin Keller", "Sofía Herrera",
    "James Whitfield", "Andrea Costa", "Pablo Serrano", "Emily Zhang", "Jorge Castillo",
]
OUTLETS_ES = ["El Observador Económico", "Diario Ejemplo", "Expansión Digital"]
OUTLETS_EN = ["Reuters", "Example Business Wire", "The Ledger"]

ES_DEALS = [
    "{a} ha acordado la compra de {b} por {m} millones de euros, según ha informado la "
    "compañía en un comunicado remitido al regulador.",
    "{a} negocia una ronda de financiación de {m} millones de dólares que podría elevar su "
    "valoración a {v} millones.",
    "{b} fue adquirida por {a} el año pasado por {m} millones de euros.",
    "Según fuentes de {o}, {a} estudia una oferta por {b} que superaría los {m} millones de "
    "euros.",
    "{a} firmó un contrato con {b} para comprar {w} MW de capacidad durante los próximos "
    "{y} años por más de {m} millones de dólares.",
    "{p}, consejero delegado de {a}, anunció una alianza con {b} para desarrollar nuevos "
    "servicios en el mercado europeo.",
]
ES_FILLER = [
    "La operación refuerza la posición de la empresa en un mercado muy competitivo.",
    "Los analistas consideran que el sector seguirá consolidándose en los próximos meses.",
    "La compañía no ha querido hacer comentarios sobre los detalles financieros del acuerdo.",
    "El consejo de administración se reunirá la próxima semana para revisar la estrategia.",
    "Las acciones de la empresa subieron un 3 % en la sesión de ayer en la bolsa.",
    "El mercado espera que los resultados del trimestre confirmen la tendencia de crecimiento.",
    "La plantilla de la firma supera ya los 2.000 empleados en toda Europa.",
    "Fuentes del sector explican que la demanda de centros de datos no deja de crecer y que "
    "las grandes tecnológicas compiten por asegurarse suministro eléctrico a largo plazo.",
    "El regulador deberá dar su visto bueno antes de que termine el año, un trámite que los "
    "expertos consultados consideran rutinario en operaciones de este tamaño.",
    "La empresa, fundada hace poco más de una década, ha pasado de ser una pequeña firma "
    "regional a competir con algunos de los mayores grupos del continente.",
    "En su último informe anual, la compañía destacó la mejora de sus márgenes y la reducción "
    "de la deuda, dos factores que han tranquilizado a los inversores.",
    "Los sindicatos han pedido garantías sobre el empleo y han anunciado que vigilarán de cerca "
    "cualquier plan de reestructuración que se derive del acuerdo.",
    "Varios analistas advierten, sin embargo, de que la integración de ambas plantillas y "
    "sistemas informáticos puede llevar más tiempo del previsto.",
    "La dirección insiste en que la estrategia no cambiará y en que la prioridad sigue siendo "
    "crecer en los mercados donde ya tiene presencia.",
    "El sector atraviesa un momento de fuerte competencia, con precios a la baja y clientes "
    "cada vez más exigentes con la calidad del servicio.",
]
EN_DEALS = [
    "{a} agreed to acquire {b} for ${m} million in cash, the companies said on Monday.",
    "{a} raised ${m} million in a funding round led by {b} that valued it at ${v} million.",
    "{b} was acquired by {a} last year for ${m} million.",
    "According to {o}, {a} is in talks to buy {b} in a deal worth more than ${m} million.",
    "{a} signed an agreement with {b} to buy {w} MW of capacity over {y} years for up to "
    "${m} million.",
    "{p}, chief executive of {a}, announced a partnership with {b} to expand in Asia.",
]
EN_FILLER = [
    "The transaction strengthens the company's position in a highly competitive market.",
    "Analysts expect the sector to keep consolidating over the coming months.",
    "The company declined to comment on the financial details of the agreement.",
    "Shares of the company rose 3% in early trading on the news.",
    "The board is expected to review the strategy at its meeting next week.",
    "The firm now employs more than 2,000 people across Europe and North America.",
    "Investors will be watching the quarterly results for confirmation of the trend.",
    "Industry sources say demand for data centres keeps rising and that the largest technology "
    "groups are racing to secure long-term power supply.",
    "The regulator is expected to approve the transaction before the end of the year, a step "
    "that experts describe as routine for deals of this size.",
    "Founded just over a decade ago, the company has grown from a small regional firm into a "
    "competitor of some of the largest groups on the continent.",
    "In its latest annual report the company pointed to wider margins and lower debt, two "
    "factors that have reassured investors after a difficult year.",
    "Unions have asked for guarantees on jobs and said they would watch closely any "
    "restructuring plan that follows the agreement.",
    "Several analysts warn, however, that integrating both workforces and IT systems could "
    "take longer than management expects.",
    "Management insists that the strategy will not change and that the priority remains growth "
    "in the markets where it already operates.",
    "The sector is going through a period of intense competition, with falling prices and "
    "customers who are increasingly demanding about service quality.",
]


def article(index: int, rng: random.Random) -> dict[str, str]:
    """One article of about 300–450 words: 2–3 deal sentences among background ones."""
    spanish = index % 2 == 0
    deals, filler = (ES_DEALS, ES_FILLER) if spanish else (EN_DEALS, EN_FILLER)
    outlets = OUTLETS_ES if spanish else OUTLETS_EN
    sentences = []
    for _ in range(rng.randint(2, 3)):
        a, b = rng.sample(COMPANIES, 2)
        m = rng.randint(5, 900)
        sentences.append(
            rng.choice(deals).format(
                a=a, b=b, m=m, v=m * rng.randint(3, 20), o=rng.choice(outlets),
                p=rng.choice(PEOPLE), w=rng.randint(50, 900), y=rng.randint(2, 6),
            )
        )
    sentences += rng.sample(filler, rng.randint(10, 14))
    rng.shuffle(sentences)
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return {
        "id": f"bench-{index:06d}",
        "lang": "es" if spanish else "en",
        "text": "\n".join(paragraphs),
    }


def generate(count: int, seed: int = 7) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    for index in range(count):
        yield article(index, rng)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for item in generate(count):
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
