"""Month and weekday names, per language, used by the date parser."""

from __future__ import annotations

# Keys are lower-case; the parser allows an optional dot after any of them ("Feb.").
# fmt: off
MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    "fr": {
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2,
        "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
        "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
        "décembre": 12, "decembre": 12, "déc": 12,
    },
    "de": {
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mär": 3,
        "juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    },
    "es": {
        "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5,
        "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9,
        "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
    },
    "it": {
        "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio":
        7, "settembre": 9, "ottobre": 10, "dicembre": 12,
    },
    "pt": {
        "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
        "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
    # Russian: genitive ("8 февраля 2024"), nominative and short forms
    "ru": {
        "января": 1, "январь": 1, "февраля": 2, "февраль": 2, "марта": 3, "март": 3,
        "апреля": 4, "апрель": 4, "мая": 5, "май": 5, "июня": 6, "июнь": 6, "июля": 7,
        "июль": 7, "августа": 8, "август": 8, "сентября": 9, "сентябрь": 9, "октября":
        10, "октябрь": 10, "ноября": 11, "ноябрь": 11, "декабря": 12, "декабрь": 12,
        "янв": 1, "фев": 2, "апр": 4, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек":
        12,
    },
}
WEEKDAYS: frozenset[str] = frozenset({
    "fri", "mon", "sat", "sun", "thu", "thur", "tue", "tues", "wed", "dienstag",
    "dimanche", "domingo", "donnerstag", "freitag", "friday", "jeudi", "jueves", "lundi",
    "lunes", "mardi", "martes", "mercredi", "mittwoch", "miércoles", "monday", "montag",
    "samedi", "samstag", "saturday", "sonntag", "sunday", "sábado", "thurs", "thursday",
    "tuesday", "vendredi", "viernes", "wednesday", "воскресенье", "вторник",
    "понедельник", "пятница", "среда", "суббота", "четверг",
})
# fmt: on


def month_table() -> dict[str, int]:
    """All month spellings of all languages merged into one lookup table."""
    table: dict[str, int] = {}
    for names in MONTHS.values():
        table.update(names)
    return table
