"""Countries whose aid counts as official development assistance (OECD DAC recipients list).

Source: the OECD DAC List of ODA Recipients "effective for reporting on 2024 and 2025
flows" (OECD Development Assistance Committee, published on oecd.org), transcribed here as
ISO 3166-1 alpha-2 codes (Kosovo: XK; West Bank and Gaza Strip: PS). It is an
approximation to check against the published list: the DAC revises it every three years
(next: flows of 2026-2027), and countries that stay high income three years in a row leave
it (e.g. Chile, Uruguay and the Seychelles in 2018; Panama and Nauru are left out here).
Regional or unspecified recipients are not handled: a project must name one recipient
country to be declared.

Senegal and Brazil are recipients; Germany and Italy are not, so the school exchanges of a
German twinning are not official development assistance.
"""

from __future__ import annotations

LIST_NAME = "OECD DAC List of ODA Recipients, reporting on 2024 and 2025 flows"

# Least developed countries.
_LDC = (
    "AF AO BD BJ BF BI KH CF TD KM CD DJ ER ET GM GN GW HT KI LA LS LR MG MW ML MR MZ MM NP "
    "NE RW ST SN SL SB SO SS SD TZ TL TG TV UG YE ZM"
)
# Other low-income countries.
_OTHER_LIC = "KP SY"
# Lower middle-income countries and territories.
_LMIC = (
    "DZ BT BO CV CM CG CI EG SZ GH HN IN IR JO KE KG LB FM MN MA NI NG PK PG PH WS LK TJ TK "
    "TN UA UZ VU VN PS ZW"
)
# Upper middle-income countries and territories.
_UMIC = (
    "AL AR AM AZ BY BZ BA BW BR CN CO CR CU DM DO EC SV GQ FJ GA GE GD GT GY ID IQ JM KZ XK "
    "LY MY MV MH MU MX MD ME MS NA NU MK PW PY PE SH LC VC RS ZA SR TH TO TR TM VE WF"
)

ODA_RECIPIENTS: frozenset[str] = frozenset(
    " ".join((_LDC, _OTHER_LIC, _LMIC, _UMIC)).split()
)


def is_oda_recipient(country: str) -> bool:
    """True when aid to ``country`` (ISO 3166-1 alpha-2) can be declared as ODA."""
    return country.strip().upper() in ODA_RECIPIENTS
