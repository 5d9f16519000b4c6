from typing import Any, Iterable, Literal, Optional, TypedDict, Union

__version__: str

class Profile(TypedDict):
    country: str
    address: str
    city: str
    state: str
    zip: str

class Warning(TypedDict, total=False):
    kind: str
    message: str

class _RomanizedBase(TypedDict):
    profile: Profile
    parts: dict[str, Any]
    warnings: list[Warning]

class Romanized(_RomanizedBase, total=False):
    form: FilledForm

class ProfileOnly(_ProfileOnlyBase, total=False):
    form: FilledForm

class _ProfileOnlyBase(TypedDict):
    profile: Profile

class FormField(TypedDict):
    label: str
    value: str

class FilledForm(TypedDict):
    name: str
    fields: list[FormField]
    warnings: list[Warning]

class ErrorInfo(TypedDict):
    kind: str
    message: str

class Failed(TypedDict):
    input: str
    error: ErrorInfo

Style = Optional[Literal["default", "japan-post"]]
Form = Optional[Literal["aws", "lines", "single", "japan-post"]]

class JushoError(ValueError):
    kind: str
    message: str
    def __init__(self, message: str, kind: Optional[str] = ...) -> None: ...

class EmptyError(JushoError): ...
class TooLongError(JushoError): ...
class ControlCharacterError(JushoError): ...
class InvalidPostalCodeError(JushoError): ...
class NoLocalityError(JushoError): ...
class AmbiguousLocalityError(JushoError): ...

def romanize(
    address: str, style: Style = None, form: Form = None, line_limit: int = 35
) -> Romanized: ...
def romanize_many(
    addresses: Iterable[str],
    style: Style = None,
    form: Form = None,
    jobs: Optional[int] = None,
    fields: Literal["all", "profile"] = "all",
    line_limit: int = 35,
) -> list[Union[Romanized, ProfileOnly, Failed]]: ...
