"""The two acts a customer most often writes in its own language: a dated promise and a request
to pay in parts (German, French, Spanish, Dutch, Italian).

Only these are read. Any other clause in another language still sends the message to a person
(`evidence.read_case`): a complaint or a payment claim in another language is never guessed at,
so reading these two cannot turn a contest into a draft or a hold. A promise must carry a
numeric day (`14.12.2026`, `14/12`) so that `find_date` reads it exactly; words for "if",
"not" and "when fixed" in the clause refuse it.
"""

from __future__ import annotations

import re


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# A numeric day ("01.12.2026", "14/12/2026", "2026-12-14"), or a day and a month whose short
# name is the English one ("14 dec"), which `find_date` reads.
_DAY = (r"(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{4}-\d{2}-\d{2}"
        r"|\d{1,2}\.?\s+(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b)")
# Negation, supposition or a condition in any of the five languages refuses the clause.
_NO_TURN = (
    r"^(?!.*\b(?:nicht|kein\w*|wenn|falls|sobald|erst|ne|pas|si|quand|lorsque|dès que|no|si"
    r"|cuando|cuanto|niet|geen|als|zodra|non|se|quando|appena)\b)"
)
FOREIGN_PROMISE_LABEL = "promises to pay on a day, in its own language"
FOREIGN_PROMISE = [
    (FOREIGN_PROMISE_LABEL, _c(_NO_TURN + r".*?(?:"
        # German: "wird am 01.12.2026 überwiesen", "wir zahlen am 28.11.2026"
        r"\b(?:wird|werden|wir|ich)\b.{0,60}?\b(?:am|bis zum|bis)\s+" + _DAY
        + r".{0,40}?\b(?:überwiesen|bezahlt|beglichen|gezahlt|ausgeglichen)\b"
        r"|\b(?:wir|ich)\s+(?:zahlen|überweisen|begleichen|bezahlen)\b.{0,40}?\b(?:am|bis zum"
        r"|bis)\s+" + _DAY +
        # French: "sera réglée le 14/12/2026", "nous paierons le 14/12"
        r"|\b(?:sera|seront|nous|je)\b.{0,40}?\b(?:réglée?s?|payée?s?|virée?s?|paierons|réglerons"
        r"|virerons|payerons)\b.{0,30}?\b(?:le|avant le|d'ici le)\s+" + _DAY +
        # Spanish: "pagaremos el 14/12/2026", "el pago se realizará el 14/12"
        r"|\b(?:pagaremos|pagaré|transferiremos|se pagará|será pagad[ao]|realizaremos el pago"
        r"|el pago se realizará|se transferirá)\b.{0,40}?\b(?:el|antes del)\s+" + _DAY +
        # Dutch: "betaling staat ingepland voor 14-12-2026", "wij betalen op 14-12"
        r"|\b(?:ingepland|gepland) (?:voor|op)\s+" + _DAY +
        r"|\b(?:betaling|wij betalen|we betalen|ik betaal|wordt betaald|wordt overgemaakt)\b"
        r".{0,40}?\b(?:op|voor|vóór|uiterlijk)\s+" + _DAY +
        # Italian: "pagheremo il 14/12/2026", "sarà pagata il 14/12"
        r"|\b(?:e'|è) previsto per il\s+" + _DAY +
        r"|\b(?:pagheremo|pagherò|sarà pagat[ao]|verrà pagat[ao]|bonificheremo)\b.{0,40}?"
        r"\b(?:il|entro il)\s+" + _DAY + r")")),
]
FOREIGN_PLAN_LABEL = "asks to pay in parts, in its own language"
FOREIGN_PLAN = [
    (FOREIGN_PLAN_LABEL, _c(
        r"^(?!.*\b(?:nicht|kein\w*|pas|no|niet|geen|non)\b)"
        r".*\b(?:ratenzahlung|in raten|monatsraten|teilzahlungen?|ratenweise"
        r"|en (?:plusieurs|deux|trois|quatre) fois|échelonner|échéancier|paiement échelonné"
        r"|plusieurs versements"
        r"|en varios pagos|en cuotas|a plazos|pago fraccionado|pagos parciales"
        r"|in termijnen|gespreid betalen|betalingsregeling|afbetalingsregeling"
        r"|in (?:een paar|twee|drie|meerdere) delen|in delen"
        r"|a rate|rateizzare|in più rate|pagamento rateale)\b")),
]
# The customer's money short, said in its own language: a reason beside a request, never a
# request alone (its label is one of `REASON_LABELS`).
FOREIGN_REASON = [
    ("says cash is tight", _c(
        r"\b(?:liquidität\w*|zahlungsengpass|finanzielle schwierigkeiten|difficultés de trésorerie"
        r"|problèmes? de trésorerie|trésorerie (?:tendue|difficile)|dificultades (?:económicas"
        r"|financieras)|problemas de liquidez|muy difícil para nosotros|liquiditeitsproblemen"
        r"|krap bij kas|difficoltà (?:economiche|finanziarie)|problemi di liquidità"
        r"|(?:dis )?'n bietjie moeilik(?: die maand)?|geld is (?:baie )?min"
        r"|in (?:één|een) keer (?:lukt|gaat) (?:nu )?(?:echt )?niet)\b")),
]
FOREIGN_LABELS = frozenset({FOREIGN_PROMISE_LABEL, FOREIGN_PLAN_LABEL})
