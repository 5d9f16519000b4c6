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

class Romanized(TypedDict):
    profile: Profile
    parts: dict[str, Any]
    warnings: list[Warning]

class ProfileOnly(TypedDict):
    profile: Profile

class ErrorInfo(TypedDict):
    kind: str
    message: str

class Failed(TypedDict):
    input: str
    error: ErrorInfo

Style = Optional[Literal["default", "japan-post"]]
Form = Literal["aws"]

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

def romanize(address: str, style: Style = None, form: Form = "aws") -> Romanized: ...
def romanize_many(
    addresses: Iterable[str],
    style: Style = None,
    form: Form = "aws",
    jobs: Optional[int] = None,
    fields: Literal["all", "profile"] = "all",
) -> list[Union[Romanized, ProfileOnly, Failed]]: ...
