"""Whether a clause looks ahead or back: one list for dates and events alike."""

from __future__ import annotations

import re

# Future, intended or only possible: "will", "plans to", "could double".
FUTURE = re.compile(
    r"\b(?:will|would|shall|could|may|might|should|(?:plans?|planned|planning|expected|expects|"
    r"intends?|aims?)\s+to|scheduled|upcoming|hopes?\s+to|set\s+to|due\s+to|going\s+to|likely|"
    r"forecasts?|forecast\s+to|to\s+visit|to\s+begin|to\s+start|to\s+open)\b|'ll\b", re.I)
# Plainly past: "was", "said", "rose", and most "-ed" forms.
PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|announced|reported|rose|fell|grew|met|began|ended|beat|"
    r"started|took|made|won|lost|signed|agreed|launched|opened|closed|came|went|saw|left|"
    r"held|fled|killed|died|struck|hit|ago|spoke|wrote|gave|found|became|ran|sold|bought|paid|"
    r"brought|thought|kept|led|chose|drove|flew|knew|stood|sent|spent|built|caught|fought|felt|"
    r"heard|sank|sang|rang|drank|swam|shook|froze|broke|stole|wore|tore|swore|woke|rode|threw|"
    r"blew|drew|withdrew|slid|bled|sped|sought|taught|spun|stuck|"
    r"swung|dug|wept|slept|swept|crept|dealt|meant|understood|forgot|got|arose|"
    r"overtook|undertook|mistook|forbade|[a-z]{3,}ed)\b", re.I)


def looks_ahead(clause: str) -> bool:
    return bool(FUTURE.search(clause))


def looks_back(clause: str) -> bool:
    return bool(PAST.search(clause)) and not FUTURE.search(clause)


def first_told(clause: str) -> str | None:
    """ "ahead" or "back", by the tense the clause tells first: "said it will
    open" is told back, whatever the reported speech says."""
    ahead, back = FUTURE.search(clause), PAST.search(clause)
    if ahead and back:
        return "ahead" if ahead.start() < back.start() else "back"
    return "ahead" if ahead else "back" if back else None
