"""jusho: Japanese postal addresses to the fields of an English address form.

Every prefecture, municipality and town is read from Japan Post's own kana
data, embedded in the package: nothing is fetched, nothing is guessed.

>>> import jusho
>>> answer = jusho.romanize("〒104-0045 東京都中央区築地1-1-1")
>>> answer["profile"]["city"]
'Chuo-ku'

``romanize`` answers one address (and raises a :class:`JushoError` subclass
when it cannot); ``romanize_many`` answers a whole column on every core and
never raises for one bad address. The dicts have exactly the keys of the
``romanize --json`` command line: ``profile`` (``country``, ``address``,
``city``, ``state``, ``zip``), ``parts`` and ``warnings`` (each with a
stable ``kind`` and a ``message``).
"""

import gc as _gc
import json as _json

from . import _jusho

__all__ = [
    "romanize",
    "romanize_many",
    "JushoError",
    "EmptyError",
    "TooLongError",
    "ControlCharacterError",
    "InvalidPostalCodeError",
    "NoLocalityError",
    "AmbiguousLocalityError",
]

__version__ = _jusho._version()


class JushoError(ValueError):
    """An address that could not be romanized.

    ``kind`` is the error's stable snake_case name (as under ``"kind"`` in
    the JSON), ``message`` says why, with the offending input quoted.
    """

    kind = "unknown"

    def __init__(self, message, kind=None):
        super().__init__(message)
        self.message = message
        if kind is not None:
            self.kind = kind


class EmptyError(JushoError):
    """The address was empty or only whitespace."""

    kind = "empty"


class TooLongError(JushoError):
    """The address was longer than 1024 bytes."""

    kind = "too_long"


class ControlCharacterError(JushoError):
    """The address contained a control character (other than tab)."""

    kind = "control_character"


class InvalidPostalCodeError(JushoError):
    """A postal code was present but malformed."""

    kind = "invalid_postal_code"


class NoLocalityError(JushoError):
    """No prefecture, municipality or postal code could be found."""

    kind = "no_locality"


class AmbiguousLocalityError(JushoError):
    """A municipality name matched several places and nothing decided."""

    kind = "ambiguous_locality"


_ERRORS = {
    cls.kind: cls
    for cls in (
        EmptyError,
        TooLongError,
        ControlCharacterError,
        InvalidPostalCodeError,
        NoLocalityError,
        AmbiguousLocalityError,
    )
}


def _error(error):
    """The exception for a ``{"kind", "message"}`` dict."""
    cls = _ERRORS.get(error["kind"], JushoError)
    return cls(error["message"], error["kind"])


def romanize(address, style=None, form=None, line_limit=35):
    """Romanizes one address.

    ``style`` is a preset name (``"default"`` or ``"japan-post"``; ``None``
    is the default). ``form`` names an address form to fill as well
    (``"aws"``, ``"lines"``, ``"single"``, ``"japan-post"``, as
    ``romanize --form``); ``line_limit`` is the longest line of ``"lines"``.

    Returns ``{"profile": {...}, "parts": {...}, "warnings": [...]}``, plus
    ``"form": {"name", "fields": [{"label", "value"}], "warnings"}`` when a
    form was asked for.
    Raises a :class:`JushoError` subclass (one per error kind) when the
    address cannot be romanized, ``TypeError`` when ``address`` is not a
    ``str``, ``ValueError`` for an unknown style or form.

    >>> romanize("北海道札幌市中央区大通西25丁目")["profile"]["zip"]
    '064-0820'
    """
    ok, text = _jusho._romanize(address, style, form, line_limit)
    answer = _json.loads(text)
    if not ok:
        raise _error(answer)
    return answer


def romanize_many(
    addresses, style=None, form=None, jobs=None, fields="all", line_limit=35
):
    """Romanizes every address of an iterable of ``str``, on ``jobs``
    threads (default: every core), without holding the GIL while it works.

    Returns one dict per address, in order: what :func:`romanize` returns,
    or ``{"input": address, "error": {"kind": ..., "message": ...}}`` for an
    address that cannot be romanized. It never raises for one bad address;
    it raises ``TypeError`` (naming the index) when an item is not a
    ``str``. ``addresses`` is read a chunk at a time as the work goes (a
    generator over a file works), so apart from the list returned, memory
    does not grow with the number of addresses.

    ``fields="profile"`` keeps only ``{"profile": {...}}`` of each answer
    (errors are unchanged): far fewer Python objects to make, so for a big
    column it is nearly three times as fast and takes a fraction of the memory.

    >>> [a.get("error", {}).get("kind") for a in romanize_many(["東京都中央区築地1-1-1", ""])]
    [None, 'empty']
    """
    # Millions of new dicts would set off the cyclic garbage collector again
    # and again, each time walking every answer made so far (it was more than
    # half the time); the answers hold no cycles, so it is off meanwhile.
    was_enabled = _gc.isenabled()
    _gc.disable()
    try:
        return _jusho._romanize_many(addresses, style, form, jobs, fields, line_limit)
    finally:
        if was_enabled:
            _gc.enable()
