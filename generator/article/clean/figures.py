"""Figure captions told by their neighbours: the image placeholder and the credit line.

A text dump renders an image as its alt text in brackets (``[photo-123]``) on a line of its
own, and the caption and credit follow it with no blank line between. A caption is marked when

- it sits between an image and a credit line (``Photo: ...``), or after an image and its credit;
- it sits right after an image and says where people stand ("(left)", ", right,", "pictured");
- it repeats the start of a nearby line already dropped as a caption with its credit.
"""

from __future__ import annotations

import re

from generator.article.clean.features import Info

_IMAGE = re.compile(r"^\[[^\[\]]{0,200}\]$")
_CREDIT_LINE = re.compile(
    r"^(?:photo(?:graph)?s?|images?|pictures?|credits?|source|foto|фото|bild)\b\s?(?:by\b|:)", re.IGNORECASE
)
_PLACE = re.compile(
    r"\((?:left|right|centre|center|top|bottom|above|below|pictured|second (?:left|right)|[\w .-]{0,20}"
    r"(?:left|right))\)|,\s(?:left|right|centre|center|pictured|above)(?:,|\s)|\bpictured\b",
    re.IGNORECASE,
)
_MAX_WORDS = 80
_NEAR = 3


def _image(info: Info | None) -> bool:
    return info is not None and bool(_IMAGE.match(info.text))


def _credit(info: Info | None) -> bool:
    if info is None or _image(info):
        return False  # an image placeholder is dropped as a caption too, but credits nothing
    return info.reason == "caption" or bool(_CREDIT_LINE.match(info.text))


def _at(infos: list[Info], k: int) -> Info | None:
    """The line at ``k`` when it holds text (a blank line breaks a figure)."""
    if 0 <= k < len(infos) and infos[k].text:
        return infos[k]
    return None


def find(infos: list[Info]) -> set[int]:
    """Indexes of lines that are figure captions by position."""
    out: set[int] = set()
    for info in infos:
        if not info.text or info.reason or info.nwords > _MAX_WORDS or _image(info):
            continue
        i = info.index
        prev, nxt = _at(infos, i - 1), _at(infos, i + 1)
        after_image = _image(prev) or (_credit(prev) and _image(_at(infos, i - 2)))
        by_image = after_image and (_credit(nxt) or _credit(prev) or bool(_PLACE.search(info.text[:400])))
        if by_image or (info.nwords >= 4 and _repeats_caption(infos, info)):
            out.add(i)
    return out


def _repeats_caption(infos: list[Info], info: Info) -> bool:
    head = " ".join(info.text.split())
    for k in range(max(0, info.index - _NEAR), min(len(infos), info.index + _NEAR + 1)):
        other = infos[k]
        if k != info.index and other.reason == "caption" and " ".join(other.text.split()).startswith(head):
            return True
    return False
