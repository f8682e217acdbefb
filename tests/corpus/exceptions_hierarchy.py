class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


class NotFoundError(AppError):
    pass


USERS: dict[int, str] = {1: "ana", 2: "bo"}


def find_user(user_id: int) -> str:
    if user_id <= 0:
        raise ValidationError("user_id", "must be positive")
    if user_id not in USERS:
        raise NotFoundError(f"no user {user_id}")
    return USERS[user_id]


for uid in [1, -5, 7, 2]:
    try:
        name = find_user(uid)
    except ValidationError as error:
        print("invalid:", error, "field", error.field)
    except NotFoundError as error:
        print("missing:", error)
    else:
        print("found:", name)

for uid in [3, 0]:
    try:
        find_user(uid)
    except AppError as error:
        print("app error caught as base:", error, isinstance(error, NotFoundError))

try:
    [1, 2, 3][10]
except LookupError as error:
    print("lookup:", error)
try:
    {"a": 1}["b"]
except LookupError as error:
    print("lookup:", error)
try:
    int("12x")
except (TypeError, ValueError) as error:
    print("conversion:", error)
try:
    raise ValidationError("email", "missing @")
except Exception as error:
    print("generic:", error)
